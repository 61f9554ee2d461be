import { parseMailDate } from '@/utils/pages/lore';
import { parseOverviewDate } from '@/utils/pages/lore/dates';
import { parseMailbox } from '@/utils/pages/lore/people';

describe('parseMailDate', () => {
  it.each([
    ['Thu, 18 Dec 2025 10:48:23 -0600', '2025-12-18T16:48:23.000Z'],
    ['Thu, 18 Dec 2025 10:48:23 -0600\t[thread overview]', '2025-12-18T16:48:23.000Z'],
    ['Wed, 08 May 2019 20:45:11 +0000', '2019-05-08T20:45:11.000Z'],
    ['Thu,  8 Dec 2022 14:02:51 +0530', '2022-12-08T08:32:51.000Z'],
    ['8 Dec 2022 14:02 +0530', '2022-12-08T08:32:00.000Z'],
    ['Mon, 05 Dec 2022 09:30:11 +0100 (CET)', '2022-12-05T08:30:11.000Z'],
    ['Tue, 1 Jan 2002 01:02:03 EST', '2002-01-01T06:02:03.000Z'],
    ['Tue, 1 Jan 2002 01:02:03 GMT', '2002-01-01T01:02:03.000Z'],
    ['Fri, 1 Jan 99 00:00:00 +0000', '1999-01-01T00:00:00.000Z'],
    ['Fri, 1 Jan 04 00:00:00 +0000', '2004-01-01T00:00:00.000Z'],
    ['Sat, 31 Dec 2016 23:59:60 +0000', '2016-12-31T23:59:59.000Z'],
  ])('%s', (text, instant) => {
    expect(parseMailDate(text)).toBe(instant);
  });

  it.each(['', 'yesterday', 'Thu, 18 Dec 2025 10:48:23', 'Thu, 18 Dec 2025 10:48:23 A', 'Thu, 31 Apr 2025 10:48:23 +0000', 'Thu, 18 Foo 2025 10:48:23 +0000', 'Thu, 18 Dec 2025 25:48:23 +0000', 'Thu, 18 Dec 2025 10:48:23 +2500'])(
    '%j is not a date',
    (text) => {
      expect(parseMailDate(text)).toBeUndefined();
    },
  );

  it('reads thread page dates as UTC', () => {
    expect(parseOverviewDate('2025-12-19  1:56')).toBe('2025-12-19T01:56:00.000Z');
    expect(parseOverviewDate('2025-02-30 01:56')).toBeUndefined();
  });
});

describe('parseMailbox', () => {
  it.each([
    ['Steve French <smfrench@gmail.com>', { name: 'Steve French', email: 'smfrench@gmail.com' }],
    ['"Tomás Okafor" <tomas.okafor@example.org>', { name: 'Tomás Okafor', email: 'tomas.okafor@example.org' }],
    ['"French, Steve" <smfrench@gmail.com>, other@example.org', { name: 'French, Steve', email: 'smfrench@gmail.com' }],
    ['pr-tracker-bot@kernel.org', { name: 'pr-tracker-bot', email: 'pr-tracker-bot@kernel.org' }],
    ['<kuba@kernel.org>', { name: 'kuba', email: 'kuba@kernel.org' }],
    ['kuba@kernel.org (Jakub Kicinski)', { name: 'Jakub Kicinski', email: 'kuba@kernel.org' }],
    // An inbox with `obfuscate` set writes the first dot of the domain as "•".
    ['Jakub Kicinski <kuba@kernel\u2022org>', { name: 'Jakub Kicinski', email: 'kuba@kernel.org' }],
    ['patchwork-bot+netdevbpf@kernel\u2022org', { name: 'patchwork-bot+netdevbpf', email: 'patchwork-bot+netdevbpf@kernel.org' }],
    ['Someone <not an address>', { name: 'Someone' }],
    ['Just A Name', { name: 'Just A Name' }],
  ])('%s', (header, person) => {
    expect(parseMailbox(header)).toEqual(person);
  });

  it('an empty header is no one', () => {
    expect(parseMailbox('  ')).toBeUndefined();
  });
});
