import { describe } from 'vitest';
import { startChromiumDriver } from './harness/chromium-driver';
import { foundationScenarios } from './scenarios/foundation';

describe('Chromium', () => foundationScenarios(startChromiumDriver));
