import { describe } from 'vitest';
import { startFirefoxDriver } from './harness/firefox-driver';
import { foundationScenarios } from './scenarios/foundation';
import { releaseStatusScenarios, releaseTableScenarios } from './scenarios/release-status';

describe('Firefox ESR', () => foundationScenarios(startFirefoxDriver));

describe('Firefox ESR: release status', () => releaseStatusScenarios(startFirefoxDriver));

describe('Firefox ESR: kernel.org release table', () => releaseTableScenarios(startFirefoxDriver));
