import { familySuite } from '../src/run/suite.js';

familySuite('security');
