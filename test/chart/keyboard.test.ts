import { describe, it, expect } from 'vitest';
import { nextMarkIndex } from '../../src/lib/chart/keyboard';

describe('nextMarkIndex', () => {
  it('moves to the next mark with Right or Down and the previous with Left or Up', () => {
    expect(nextMarkIndex('ArrowRight', 2, 5)).toBe(3);
    expect(nextMarkIndex('ArrowDown', 2, 5)).toBe(3);
    expect(nextMarkIndex('ArrowLeft', 2, 5)).toBe(1);
    expect(nextMarkIndex('ArrowUp', 2, 5)).toBe(1);
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextMarkIndex('Home', 3, 5)).toBe(0);
    expect(nextMarkIndex('End', 1, 5)).toBe(4);
  });

  it('stops at the ends, or wraps round when asked', () => {
    expect(nextMarkIndex('ArrowRight', 4, 5)).toBe(4);
    expect(nextMarkIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(nextMarkIndex('ArrowRight', 4, 5, true)).toBe(0);
    expect(nextMarkIndex('ArrowLeft', 0, 5, true)).toBe(4);
  });

  it('ignores other keys and empty charts', () => {
    expect(nextMarkIndex('a', 1, 5)).toBeNull();
    expect(nextMarkIndex('Enter', 1, 5)).toBeNull();
    expect(nextMarkIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
