import { describe, expect, it } from 'vitest';
import { pageTitle, sourceLines } from '../../src/lib/report-words.ts';

const meta = { place: null, city: '某某市', province: '某某省', year: 2023, kind: '政府工作报告' };

describe('page titles', () => {
  it('keeps a title that names the government, year and kind', () => {
    expect(pageTitle({ ...meta, title: '某某市2023年政府工作报告' })).toBe('某某市2023年政府工作报告');
  });
  it('names the government, year and kind before a headline that does not', () => {
    expect(pageTitle({ ...meta, kind: '行动纲要', title: '市委市政府出台《加快建设现代化城市行动纲要》' })).toBe(
      '某某市2023年行动纲要：市委市政府出台《加快建设现代化城市行动纲要》',
    );
  });
  it('prefers the government the report belongs to over its city', () => {
    const place = { name: '某某区', level: 'district' as const, code: null, parents: [], slug: 'mouqu' };
    expect(pageTitle({ ...meta, place, title: '政府工作报告' })).toBe('某某区2023年政府工作报告');
  });
  it('leaves out what the metadata does not settle', () => {
    expect(pageTitle({ ...meta, year: null, title: '政府工作报告' })).toBe('某某市政府工作报告');
    expect(pageTitle({ title: '政府工作报告', place: null, city: null, province: null, year: null, kind: null })).toBe('政府工作报告');
  });
});

describe('source lines', () => {
  it('drops the internal file name a provenance line is keyed by, and repeats', () => {
    const r = { sources: ['a_1.txt', 'b_2.txt'], provenance: ['a_1.txt：来源 某某日报', 'b_2.txt：来源 某某日报', 'a_1.txt：发布于 2021-01-06'] };
    expect(sourceLines(r)).toEqual(['来源 某某日报', '发布于 2021-01-06']);
  });
});
