import { describe } from 'vitest';
import { startFirefoxDriver } from './harness/firefox-driver';
import { foundationScenarios } from './scenarios/foundation';
import { laterNewsScenarios } from './scenarios/later-news';
import { mainlineStatusScenarios } from './scenarios/mainline-status';
import { releaseStatusScenarios, releaseTableScenarios } from './scenarios/release-status';

describe('Firefox ESR', () => foundationScenarios(startFirefoxDriver));

describe('Firefox ESR: release status', () => releaseStatusScenarios(startFirefoxDriver));

describe('Firefox ESR: kernel.org release table', () => releaseTableScenarios(startFirefoxDriver));

describe('Firefox ESR: mainline status', () => mainlineStatusScenarios(startFirefoxDriver));

describe('Firefox ESR: later news', () => laterNewsScenarios(startFirefoxDriver));
