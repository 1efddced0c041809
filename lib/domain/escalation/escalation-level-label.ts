import type { TEscalationLevel } from './escalation-level';

export const escalationLevelLabel: Readonly<Record<TEscalationLevel, string>> = {
  0: 'Chưa phải báo cáo',
  1: 'Nhắc người phụ trách khâu',
  2: 'Báo cáo lãnh đạo đơn vị',
  3: 'Báo cáo lãnh đạo đơn vị cấp trên',
  4: 'Báo cáo Vụ Tổ chức cán bộ',
};
