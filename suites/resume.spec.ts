import { RESUME_SHARES } from '../src/scenarios/families/resume.js';
import { familySuite } from '../src/run/suite.js';

familySuite('resume', RESUME_SHARES);
