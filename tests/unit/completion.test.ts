/**
 * Completion words framed as the plan's aim (src/lib/completion.ts). The
 * cases are the timeline's labels as they were (the three 2023 steps read as
 * built) and as they are, and the frames our prose uses.
 */
import { describe, expect, it } from 'vitest';
import { unframedCompletion } from '../../src/lib/completion.ts';

describe('completion words in our own words', () => {
  it.each<[string, string | undefined]>([
    ['渝南职教城（一期）建成', '建成'],
    ['綦江职业技术学校建成', '建成'],
    ['重庆市医科学校（一期）迁建完成', '完成'],
    ['在綦高校达到8所', '达到'],
    ['中职学校全部达到国家设置标准', '达到'],
    ['计划2023年完成渝南职教城（一期）建设', undefined],
    ['计划2023年完成重庆市医科学校（一期）迁建', undefined],
    ['目标是在綦高校达到8所', undefined],
    ['方案要求2023年建成渝南职教城一期等项目', undefined],
    ['推动校舍和实训场地达标', undefined],
    ['但写了怎样培养和要达到多少', undefined],
    ['这些建设是否按时完成，本站不知道', undefined],
    ['优先保障学校用地和建设资金，让校舍和实训场地达标', '达标'],
    ['证明某项职业技能达到哪一等级的证书', '达到'],
    ['目标：职普比达到4:6', undefined],
    ['2024年我区公办中职学校全部通过达标验收', '通过达标验收'],
  ])('“%s”: %s', (text, want) => {
    expect(unframedCompletion(text)).toBe(want);
  });
});
