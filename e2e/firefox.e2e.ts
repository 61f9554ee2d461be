import { describe } from 'vitest';
import { startFirefoxDriver } from './harness/firefox-driver';
import { accessibilityScenarios } from './scenarios/accessibility';
import { faultMatrixScenarios } from './scenarios/fault-matrix';
import { foundationScenarios } from './scenarios/foundation';
import { laterNewsScenarios } from './scenarios/later-news';
import { mainlineStatusScenarios } from './scenarios/mainline-status';
import { optionsScenarios } from './scenarios/options';
import { firefoxMv3HostAccessScenarios, popupScenarios } from './scenarios/popup';
import { longPageScenarios, releaseStatusScenarios, releaseTableScenarios } from './scenarios/release-status';

describe('Firefox ESR', () => foundationScenarios(startFirefoxDriver));

describe('Firefox ESR: release status', () => releaseStatusScenarios(startFirefoxDriver));

describe('Firefox ESR: kernel.org release table', () => releaseTableScenarios(startFirefoxDriver));

describe('Firefox ESR: a long page', () => longPageScenarios(startFirefoxDriver));

describe('Firefox ESR: mainline status', () => mainlineStatusScenarios(startFirefoxDriver));

describe('Firefox ESR: later news', () => laterNewsScenarios(startFirefoxDriver));

describe('Firefox ESR: options page', () => optionsScenarios(startFirefoxDriver));

describe('Firefox ESR: accessibility', () => accessibilityScenarios(startFirefoxDriver));

describe('Firefox ESR: fault matrix', () => faultMatrixScenarios(startFirefoxDriver, { rows: 'main' }));

describe('Firefox ESR: popup', () => popupScenarios(startFirefoxDriver));

describe('Firefox ESR MV3: popup host access', () => firefoxMv3HostAccessScenarios());
