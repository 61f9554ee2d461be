import { describe } from 'vitest';
import { startChromiumDriver } from './harness/chromium-driver';
import { accessibilityScenarios } from './scenarios/accessibility';
import { faultMatrixScenarios } from './scenarios/fault-matrix';
import { foundationScenarios } from './scenarios/foundation';
import { laterNewsScenarios } from './scenarios/later-news';
import { mainlineStatusScenarios } from './scenarios/mainline-status';
import { optionsScenarios } from './scenarios/options';
import { popupScenarios } from './scenarios/popup';
import { longPageScenarios, releaseStatusScenarios, releaseTableScenarios } from './scenarios/release-status';

describe('Chromium', () => foundationScenarios(startChromiumDriver));

describe('Chromium: release status', () => releaseStatusScenarios(startChromiumDriver));

describe('Chromium: kernel.org release table', () => releaseTableScenarios(startChromiumDriver));

describe('Chromium: a long page', () => longPageScenarios(startChromiumDriver));

describe('Chromium: mainline status', () => mainlineStatusScenarios(startChromiumDriver));

describe('Chromium: later news', () => laterNewsScenarios(startChromiumDriver));

describe('Chromium: options page', () => optionsScenarios(startChromiumDriver));

describe('Chromium: accessibility', () => accessibilityScenarios(startChromiumDriver));

describe('Chromium: fault matrix', () => faultMatrixScenarios(startChromiumDriver, { rows: 'full' }));

describe('Chromium: popup', () => popupScenarios(startChromiumDriver));
