/**
 * Generates resources/samples/activity.csv: 160 simulated recordings of a waist-worn motion
 * sensor (accelerometer in m/s², gyroscope in rad/s) at 50 Hz, one row per time step, each
 * recording labelled with one activity. Seeded: running it again gives the same bytes.
 * Run: npx tsx scripts/generate-sequence-sample.ts   Licence of the output: CC0 1.0.
 *
 * Sensor axes: y points up along the body, z forward, x to the side. An accelerometer at rest
 * reads +9.81 m/s² along "up", so the gravity part of the signal tells the pose (leaning
 * forward tips the z axis down and makes acc_z negative; leaning back makes it positive):
 *   standing          upright (tilt within a few degrees): gravity on y; tiny sway and noise.
 *   sitting           pelvis leant back 40–70°: gravity split between y and +z; small noise.
 *   walking           -4° to 12° of lean; step rhythm 1.6–2.2 Hz, 1.5–3.5 m/s².
 *   running           leant forward 5–15°; step rhythm 2.5–3.3 Hz, 5–9 m/s², sharp impacts.
 *   climbing_stairs   leant forward 8–24°; slower rhythm 1.1–1.6 Hz, 2–4 m/s², strong pitching.
 * Each subject (s01–s08) wears the sensor a little rolled to one side and walks at their own
 * pace, and the ranges of lean, rhythm and amplitude overlap between neighbouring classes, so
 * no single column or constant separates all five; the shape of the signal over time does.
 *
 * Irregularities on purpose (for the app's notes): about a quarter of the recordings are 48–80
 * steps instead of 64 (44 of 160 with this seed, 48–78); rec-037's rows are slightly out of
 * time order; nine sensor cells are empty.
 *
 * test/fixtures/sequences/generate.ts imports simulateRecording to write new recordings of the
 * same subjects for the prediction test; importing this module writes nothing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRng } from '../src/core/random';

const OUT = 'resources/samples/activity.csv';
const RECORDINGS = 160;
const SUBJECTS = 8;
const HZ = 50;
const STEP_MS = 1000 / HZ;
const G = 9.81;
export const ACTIVITIES = ['walking', 'running', 'sitting', 'standing', 'climbing_stairs'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const SENSOR_COLUMNS = ['acc_x', 'acc_y', 'acc_z', 'gyro_x', 'gyro_y', 'gyro_z'] as const;
const OUT_OF_ORDER = 'rec-037';
const MISSING_CELLS = 9;
const DAY_START = Date.UTC(2024, 4, 14, 8, 0, 0); // 2024-05-14 08:00:00 UTC

type Rng = () => number;
const uniform = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);
/** Standard normal (Box–Muller). */
function gauss(rng: Rng): number {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
const deg = (d: number): number => (d * Math.PI) / 180;
/** Fixed decimals without "-0.000". */
function fmt(v: number, decimals: number): string {
  const s = v.toFixed(decimals);
  return /^-0\.0*$/.test(s) ? s.slice(1) : s;
}

interface Subject {
  readonly roll: number; // radians, how the sensor sits rolled on the belt
  readonly pace: number; // multiplies the step frequency
}
/** The eight subjects, from their own seed so that every caller of simulateRecording sees the same people. */
const subjects: Subject[] = (() => {
  const rng = createRng(8_000_517);
  return Array.from({ length: SUBJECTS }, () => ({ roll: deg(uniform(rng, -8, 8)), pace: uniform(rng, 0.93, 1.07) }));
})();

interface Motion {
  readonly pitch: number; // forward lean (+) or back lean (-), radians
  readonly freq: number; // step frequency, Hz (0 at rest)
  readonly amp: number; // vertical acceleration amplitude of a step, m/s²
  readonly gyroAmp: number; // rad/s
  readonly noise: number; // m/s², sd of the accelerometer noise
}

function motion(rng: Rng, activity: Activity, subject: Subject): Motion {
  const u = (lo: number, hi: number): number => uniform(rng, lo, hi);
  switch (activity) {
    case 'standing':
      return { pitch: deg(u(-6, 6)), freq: 0, amp: 0, gyroAmp: u(0.02, 0.06), noise: u(0.03, 0.08) };
    case 'sitting':
      return { pitch: deg(u(-70, -40)), freq: 0, amp: 0, gyroAmp: u(0.005, 0.02), noise: u(0.02, 0.05) };
    case 'walking':
      return { pitch: deg(u(-4, 12)), freq: u(1.6, 2.2) * subject.pace, amp: u(1.5, 3.5), gyroAmp: u(0.4, 0.8), noise: u(0.15, 0.3) };
    case 'running':
      return { pitch: deg(u(5, 15)), freq: u(2.5, 3.3) * subject.pace, amp: u(5, 9), gyroAmp: u(1.2, 2.2), noise: u(0.3, 0.6) };
    case 'climbing_stairs':
      return { pitch: deg(u(8, 24)), freq: u(1.1, 1.6) * subject.pace, amp: u(2, 4), gyroAmp: u(0.6, 1.1), noise: u(0.15, 0.3) };
  }
}

/** The 6 sensor values of one step: body acceleration in the upright frame, then tilted with gravity. */
function step(rng: Rng, activity: Activity, m: Motion, roll: number, t: number, phase: readonly number[]): number[] {
  const w = 2 * Math.PI * m.freq * t;
  let side = 0; // body frame: side, up, forward
  let up = 0;
  let fwd = 0;
  let gx = 0; // angular rate: pitch (about the side axis), yaw (about up), roll (about forward)
  let gy = 0;
  let gz = 0;
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = phase;
  if (activity === 'walking' || activity === 'climbing_stairs') {
    up = m.amp * (Math.sin(w + p0) + 0.35 * Math.sin(2 * w + p1));
    fwd = 0.5 * m.amp * Math.sin(w + p0 + Math.PI / 2);
    side = 0.35 * m.amp * Math.sin(w / 2 + p2);
    const pitchBoost = activity === 'climbing_stairs' ? 1.6 : 1;
    gx = pitchBoost * m.gyroAmp * Math.sin(w + p0 + 0.6);
    gy = 0.5 * m.gyroAmp * Math.sin(w / 2 + p2);
    gz = 0.4 * m.gyroAmp * Math.sin(w / 2 + p3);
  } else if (activity === 'running') {
    // Sharp landings: a peaked waveform (|sin| raised to a power) rather than a smooth sine.
    const impact = Math.abs(Math.sin(w / 2 + p0)) ** 3 * 2 - 0.85;
    up = m.amp * (impact + 0.25 * Math.sin(2 * w + p1));
    fwd = 0.45 * m.amp * Math.sin(w + p0 + Math.PI / 3);
    side = 0.25 * m.amp * Math.sin(w / 2 + p2);
    gx = m.gyroAmp * Math.sin(w + p0 + 0.4);
    gy = 0.6 * m.gyroAmp * Math.sin(w / 2 + p2);
    gz = 0.5 * m.gyroAmp * Math.sin(w / 2 + p3);
  } else {
    // At rest: a slow sway (standing sways more than sitting).
    const sway = 2 * Math.PI * 0.3 * t;
    side = m.gyroAmp * 2 * Math.sin(sway + p0);
    fwd = m.gyroAmp * 2 * Math.sin(0.7 * sway + p1);
    gx = m.gyroAmp * Math.sin(sway + p2);
    gy = 0.5 * m.gyroAmp * Math.sin(0.7 * sway + p3);
  }
  // Gravity reaction (+G along "up" at rest) tilted by the pitch and the sensor's roll.
  const cp = Math.cos(m.pitch);
  const sp = Math.sin(m.pitch);
  const cr = Math.cos(roll);
  const sr = Math.sin(roll);
  // Rotate the body-frame vector: pitch about x (up tips into forward), then roll about z.
  const rot = (x: number, y: number, z: number): [number, number, number] => {
    const y1 = cp * y + sp * z;
    const z1 = -sp * y + cp * z;
    return [cr * x + sr * y1, -sr * x + cr * y1, z1];
  };
  const [ax, ay, az] = rot(side, up + G, fwd);
  const [rx, ry, rz] = rot(gx, gy, gz);
  const n = m.noise;
  return [ax + n * gauss(rng), ay + n * gauss(rng), az + n * gauss(rng), rx + 0.01 * gauss(rng), ry + 0.01 * gauss(rng), rz + 0.01 * gauss(rng)];
}

export const SAMPLE_HEADER = ['recording_id', 'timestamp', 'subject', 'activity', ...SENSOR_COLUMNS];

export interface RecordingSpec {
  readonly id: string;
  /** 0-based: 0 is s01. */
  readonly subjectIndex: number;
  readonly activity: Activity;
  readonly length: number;
  /** Time of the first step, ms since the epoch (UTC). */
  readonly startMs: number;
}

/** One recording's rows, each the cells of SAMPLE_HEADER (numbers already formatted). */
export function simulateRecording(rng: Rng, spec: RecordingSpec): string[][] {
  const subject = subjects[spec.subjectIndex] as Subject;
  const m = motion(rng, spec.activity, subject);
  const phase = [0, 1, 2, 3].map(() => rng() * 2 * Math.PI);
  const rows: string[][] = [];
  for (let k = 0; k < spec.length; k++) {
    const v = step(rng, spec.activity, m, subject.roll, k / HZ, phase);
    rows.push([
      spec.id,
      new Date(spec.startMs + Math.round(k * STEP_MS)).toISOString(),
      `s${String(spec.subjectIndex + 1).padStart(2, '0')}`,
      spec.activity,
      ...v.slice(0, 3).map((x) => fmt(x, 3)),
      ...v.slice(3).map((x) => fmt(x, 4)),
    ]);
  }
  return rows;
}

function writeSample(): void {
  const rng = createRng(20_260_517);
  // Balanced labels (32 per activity) in a shuffled order.
  const labels: Activity[] = Array.from({ length: RECORDINGS }, (_, i) => ACTIVITIES[i % ACTIVITIES.length] as Activity);
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [labels[i], labels[j]] = [labels[j] as Activity, labels[i] as Activity];
  }

  const recordings: string[][][] = [];
  let start = DAY_START;
  for (let r = 0; r < RECORDINGS; r++) {
    const length = rng() < 0.75 ? 64 : 48 + Math.floor(rng() * 33); // most 64; some 48–80
    // Each recording starts at its own time of the day: 1–5 minutes after the previous one began.
    start += Math.round(uniform(rng, 60_000, 300_000));
    const id = `rec-${String(r + 1).padStart(3, '0')}`;
    const subjectIndex = Math.floor((r * SUBJECTS) / RECORDINGS);
    recordings.push(simulateRecording(rng, { id, subjectIndex, activity: labels[r] as Activity, length, startMs: start }));
  }

  // rec-037: three pairs of neighbouring rows swapped, so its time stamps are slightly out of order.
  {
    const rows = recordings[Number(OUT_OF_ORDER.slice(4)) - 1] as string[][];
    for (const k of [9, 30, 51]) [rows[k], rows[k + 1]] = [rows[k + 1] as string[], rows[k] as string[]];
  }

  // A handful of empty sensor cells in different recordings and columns.
  for (let emptied = 0; emptied < MISSING_CELLS; ) {
    const rows = recordings[Math.floor(rng() * RECORDINGS)] as string[][];
    const row = rows[1 + Math.floor(rng() * (rows.length - 2))] as string[];
    const cell = 4 + Math.floor(rng() * 6);
    if (row[cell] === '') continue;
    row[cell] = '';
    emptied++;
  }

  const lines = [SAMPLE_HEADER.join(','), ...recordings.flat().map((cells) => cells.join(','))];
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  const counts = ACTIVITIES.map((a) => `${a} ${labels.filter((l) => l === a).length}`).join(', ');
  process.stdout.write(`Wrote ${RECORDINGS} recordings, ${lines.length - 1} rows to ${OUT} (${counts})\n`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) writeSample();
