import { describe } from 'vitest';
import { startFirefoxDriver } from './harness/firefox-driver';
import { foundationScenarios } from './scenarios/foundation';

describe('Firefox ESR', () => foundationScenarios(startFirefoxDriver));
