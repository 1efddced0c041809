/** Parts of plausible Vietnamese names; a person is family + middle + given, drawn at random. */
export const familyNames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Mai', 'Lương',
];

export const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Thu', 'Ngọc', 'Hữu', 'Hoàng', 'Thị Thu', 'Văn Hải'];

export const givenNames = [
  'An', 'Bình', 'Chi', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khoa', 'Lan', 'Linh',
  'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quang', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Trang',
  'Trung', 'Tuấn', 'Vân', 'Yến', 'Hiếu', 'Thắng', 'Oanh',
];

export const staffTitles = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Viên chức', 'Kế toán viên', 'Viên chức (bộ phận một cửa)'];
