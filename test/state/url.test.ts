import { describe, it, expect } from 'vitest';
import { decode, encode, migrate } from '../../src/lib/state/url';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';

describe('encode', () => {
  it('writes nothing for the defaults', () => {
    expect(encode(DEFAULT_INPUTS)).toBe('');
  });

  it('writes only the values that differ, with short names', () => {
    expect(encode({ ...DEFAULT_INPUTS, freePct: 50, v3Pct: 50, offPeak: true })).toBe('?v3=50&free=50&night=1');
    expect(encode({ ...DEFAULT_INPUTS, costMode: 'traffic', gpuHourPrice: 2.5 })).toBe('?mode=traffic&gpu=2.5');
  });

  it('writes the language only when it differs from the page’s own', () => {
    expect(encode(DEFAULT_INPUTS, 'zh-Hans')).toBe('?lang=zh-Hans');
    expect(encode(DEFAULT_INPUTS, 'zh-Hans', null, 'zh-Hans')).toBe('');
    expect(encode(DEFAULT_INPUTS, 'en', null, 'zh-Hans')).toBe('?lang=en');
    expect(encode(DEFAULT_INPUTS, null, 'dark')).toBe('?theme=dark');
  });

  it('keeps float noise out of links', () => {
    expect(encode({ ...DEFAULT_INPUTS, gpuHourPrice: 0.1 + 0.2 })).toBe('?gpu=0.3');
  });
});

describe('decode', () => {
  it('restores a shared scenario', () => {
    const s = decode('?v3=50&free=50&night=1&gpu=1.5&mode=traffic&lang=zh-Hans&theme=dark');
    expect(s.inputs).toMatchObject({ v3Pct: 50, freePct: 50, offPeak: true, gpuHourPrice: 1.5, costMode: 'traffic' });
    expect(s.locale).toBe('zh-Hans');
    expect(s.theme).toBe('dark');
    expect(s.issues).toEqual([]);
  });

  it('clamps huge and negative numbers and names them', () => {
    const s = decode('?free=1e308&nodes=-40&gpu=Infinity');
    expect(s.inputs.freePct).toBe(100);
    expect(s.inputs.nodes).toBe(0);
    expect(s.inputs.gpuHourPrice).toBe(10);
    expect(s.issues.sort()).toEqual(['free', 'gpu', 'nodes']);
  });

  it('ignores garbage values, unknown names and script text, reporting only safe names', () => {
    const s = decode('?free=abc&%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&mode=evil&night=yes&lang=xx&theme=<b>');
    expect(s.inputs).toEqual(DEFAULT_INPUTS);
    expect(s.issues).toContain('free');
    expect(s.issues).toContain('mode');
    expect(s.issues).toContain('night');
    expect(s.issues).toContain('lang');
    expect(s.issues).toContain('theme');
    for (const name of s.issues) expect(name).toMatch(/^[\w.-]+$|^\?$/);
  });

  it('silently ignores tracking parameters added by hosts', () => {
    expect(decode('?utm_source=x&fbclid=y').issues).toEqual([]);
  });

  it('keeps old links working: long names map to short ones', () => {
    expect(migrate(new URLSearchParams('freePct=30&NightShare=20&offpeak=1')).toString()).toBe('free=30&np=20&night=1');
    expect(decode('?freePct=30&offpeak=1').inputs).toMatchObject({ freePct: 30, offPeak: true });
  });

  it('treats an empty value as garbage, not zero', () => {
    const s = decode('?free=');
    expect(s.inputs.freePct).toBe(0);
    expect(s.issues).toEqual(['free']);
    expect(decode('?gpu=').inputs.gpuHourPrice).toBe(2);
  });
});
