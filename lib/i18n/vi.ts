/** Vietnamese UI text: the source of truth for keys. English mirrors it in en.ts. */
export const vi = {
  appName: 'Trợ lý Dịch vụ công',
  'card.recognised': 'Thủ tục đang xem',
  'card.code': 'Mã thủ tục: {code}',
  'card.unknownProcedure': 'Chưa đọc được tên thủ tục trên trang này.',
  'card.close': 'Đóng',
  'sidepanel.title': 'Trợ lý Dịch vụ công',
  'sidepanel.intro': 'Tìm thủ tục, xem cần chuẩn bị giấy tờ gì và được hướng dẫn nộp trực tuyến.',
  'options.title': 'Cài đặt',
  'options.language': 'Ngôn ngữ',
  'options.textSize': 'Cỡ chữ',
  'options.textSize.normal': 'Bình thường',
  'options.textSize.large': 'Chữ lớn',
  'options.readAloud': 'Đọc to hướng dẫn',
  'options.catalogUrl': 'Địa chỉ cập nhật danh mục thủ tục (không bắt buộc)',
  'options.save': 'Lưu cài đặt',
  'options.saved': 'Đã lưu cài đặt.',
  'options.saveError': 'Không lưu được cài đặt: {error}',
  'options.invalidUrl': 'Địa chỉ phải bắt đầu bằng https://',
  'slip.title': 'Danh sách giấy tờ cần bổ sung',
  'error.generic': 'Đã có lỗi: {error}',
} as const;

export type MessageKey = keyof typeof vi;
