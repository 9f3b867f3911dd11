import { RESUME_SHARES } from '../src/scenarios/families/resume-shares.js';
import { familySuite } from '../src/run/suite.js';

familySuite('resume', RESUME_SHARES);
