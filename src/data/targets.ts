/**
 * The 2025 targets at a glance, for the home page. Each entry is our own
 * label plus a quotation that must occur word for word in the paragraph it
 * cites (a unit test checks this), so the summary cannot drift from the plan.
 */
export interface Target {
  /** Our short label. */
  label: string;
  /** Words quoted from the plan, exactly as published. */
  quote: string;
  /** The block the quotation comes from. */
  block: string;
}

export const TARGETS: Target[] = [
  { label: '中职学校', quote: '全区中等职业学校全部达到国家设置标准', block: 'section-3.p1' },
  { label: '高校集聚', quote: '尽最大可能集聚8所高校、5万大学生', block: 'section-3.p1' },
  { label: '职普比', quote: '职普比由3.2:6.8提升为4:6', block: 'section-3.p1' },
  { label: '在校生', quote: '在校生达到1万人', block: 'section-3.p1' },
  { label: '双师型教师', quote: '双师型教师不低于专业教师总数的60%', block: 'section-3.p1' },
  { label: '老年教育', quote: '建设老年教育示范校（基地）', block: 'section-3.p1' },
];
