// Runners for the end-to-end tests. Expectations come from docs/recommendation-rules.md, not from the app.
export const RUNNERS = [
  {
    name: 'marathon build with a tight calf',
    training: { km: 55, runs: 5, hard: 2, long: 28, last: 30 },
    weeks: { hist: [45, 48, 50, 52] },
    pain: [{ spot: 'calf', severity: 5, quality: 'tight', days: 10 }],
    // Muscle tightness → deep tissue; heavy load → weekly; 55 vs 48.75 average is steady.
    expect: { triage: 'massage', technique: 'deep-tissue', everyDays: '7', load: 'ok' },
  },
  {
    name: 'heel pain for ten weeks',
    training: { km: 30, runs: 4, hard: 1, last: 50 },
    weeks: { hist: [28, 30, 29, 31] },
    pain: [{ spot: 'foot', severity: 4, quality: 'sore', days: 70 }],
    useFigure: true,
    // Long-standing plantar fascia → Graston; an active problem → weekly.
    expect: { triage: 'massage', technique: 'graston', everyDays: '7', load: 'ok' },
  },
  {
    name: 'raced today, nothing hurts',
    training: { km: 48, runs: 4, hard: 1, long: 42.2, last: 3 },
    weeks: { hist: [50, 52, 45, 30], raced: 0 },
    pain: [],
    // Right after a race: cold first, no deep work; marathon-length long run → heavy → weekly.
    expect: { triage: 'massage', technique: 'cryotherapy', everyDays: '7', load: 'ok' },
  },
  {
    name: 'light jogger in miles who doubled the week',
    training: { unit: 'mi', km: 9, runs: 3 },
    weeks: { hist: [4, 4, 5, 5] },
    pain: [],
    // Under 20 km, nothing hurts → maintenance every 28 days; 9 mi vs 4.5 mi average → spike.
    expect: { triage: 'massage', technique: 'deep-tissue', everyDays: '28', load: 'spike' },
  },
  {
    name: 'swollen warm calf (possible clot)',
    training: { km: 35, runs: 4, hard: 1 },
    weeks: {},
    pain: [{ spot: 'calf', severity: 6, quality: 'swollen', days: 2 }],
    flags: ['calf-swelling'],
    expect: { triage: 'clinician', technique: 'none', everyDays: '0', load: 'ok' },
  },
  {
    name: 'chest pain on the run',
    training: { km: 20, runs: 3 },
    weeks: {},
    pain: [],
    flags: ['chest'],
    expect: { triage: 'emergency', technique: 'none', everyDays: '0', load: 'ok' },
  },
  {
    name: 'blood thinners with a tight hamstring',
    training: { km: 25, runs: 3, hard: 1 },
    weeks: {},
    pain: [{ spot: 'hamstring', severity: 3, quality: 'tight', days: 5 }],
    health: ['blood-thinners'],
    // Deep tissue, cupping and Graston are all ruled out: only cold remains.
    expect: { triage: 'massage', technique: 'cryotherapy', everyDays: '7', load: 'ok' },
  },
];
