/**
 * Everyday words and abbreviations people type, and the official wording the
 * procedure names use. Data, not code: add a line when a real query fails.
 * Matching ignores case and diacritics; a phrase matches whole words only.
 * The search tries the query as typed *and* rewritten, so a rule never hides
 * a literal match.
 */
export interface Synonym {
  /** What people say or type. */
  says: string[];
  /** How procedure names say it. */
  means: string;
}

export const SYNONYMS: Synonym[] = [
  // Civil status (hộ tịch)
  { says: ['làm giấy khai sinh', 'làm khai sinh', 'khai sinh cho con', 'khai sinh cho bé'], means: 'đăng ký khai sinh' },
  { says: ['giấy chứng tử', 'giấy báo tử', 'báo tử', 'làm giấy chứng tử'], means: 'đăng ký khai tử' },
  {
    says: ['làm giấy kết hôn', 'giấy đăng ký kết hôn', 'giấy kết hôn', 'lấy vợ', 'lấy chồng'],
    means: 'đăng ký kết hôn',
  },
  {
    says: ['giấy xác nhận độc thân', 'xác nhận độc thân', 'giấy độc thân', 'chứng nhận độc thân'],
    means: 'xác nhận tình trạng hôn nhân',
  },
  { says: ['đổi tên', 'sửa tên', 'cải chính', 'sửa giấy khai sinh'], means: 'thay đổi cải chính bổ sung thông tin hộ tịch' },
  { says: ['nhận con', 'nhận cha', 'nhận mẹ'], means: 'đăng ký nhận cha mẹ con' },
  { says: ['xin con nuôi', 'nhận con nuôi'], means: 'nuôi con nuôi' },
  // Residence (cư trú): the household book is gone, the population database replaced it
  { says: ['nhập hộ khẩu', 'làm hộ khẩu', 'hộ khẩu', 'sổ hộ khẩu', 'chuyển hộ khẩu'], means: 'đăng ký thường trú' },
  { says: ['cắt hộ khẩu', 'cắt khẩu', 'xóa hộ khẩu'], means: 'xóa đăng ký thường trú' },
  { says: ['tách hộ khẩu', 'tách khẩu'], means: 'tách hộ' },
  { says: ['đăng ký tạm vắng', 'khai báo tạm vắng'], means: 'khai báo tạm vắng' },
  { says: ['giấy xác nhận cư trú', 'xác nhận cư trú', 'ct07'], means: 'xác nhận thông tin về cư trú' },
  { says: ['đăng ký tạm trú', 'làm tạm trú', 'tạm trú'], means: 'đăng ký tạm trú' },
  // Identity
  {
    says: ['cccd', 'căn cước công dân', 'chứng minh nhân dân', 'cmnd', 'chứng minh thư', 'cmt', 'thẻ căn cước'],
    means: 'thẻ căn cước',
  },
  { says: ['làm cccd', 'làm căn cước', 'làm thẻ căn cước'], means: 'cấp thẻ căn cước' },
  {
    says: ['vneid', 'định danh mức 2', 'định danh mức độ 2', 'tài khoản định danh', 'kích hoạt vneid'],
    means: 'tài khoản định danh điện tử mức độ 02',
  },
  { says: ['passport', 'làm hộ chiếu', 'hộ chiếu'], means: 'cấp hộ chiếu phổ thông' },
  { says: ['visa'], means: 'thị thực' },
  // Certification
  {
    says: ['công chứng bản sao', 'sao y', 'sao y bản chính', 'photo công chứng', 'công chứng giấy tờ'],
    means: 'chứng thực bản sao từ bản chính',
  },
  { says: ['chứng thực chữ kí', 'công chứng chữ ký'], means: 'chứng thực chữ ký' },
  { says: ['lý lịch tư pháp', 'lltp', 'giấy lý lịch tư pháp', 'phiếu lý lịch'], means: 'phiếu lý lịch tư pháp' },
  // Vehicles and driving
  { says: ['gplx', 'bằng lái', 'bằng lái xe', 'giấy phép lái xe'], means: 'giấy phép lái xe' },
  { says: ['đổi bằng lái', 'đổi gplx'], means: 'đổi giấy phép lái xe' },
  { says: ['mất bằng lái', 'làm lại bằng lái'], means: 'cấp lại giấy phép lái xe' },
  { says: ['đăng ký xe máy', 'đăng ký ô tô', 'biển số xe', 'cà vẹt', 'đăng ký xe mới'], means: 'đăng ký biển số xe lần đầu' },
  { says: ['sang tên xe', 'mua bán xe'], means: 'đăng ký sang tên xe' },
  // Insurance, social support
  { says: ['bhyt', 'thẻ bhyt', 'bảo hiểm y tế'], means: 'thẻ bảo hiểm y tế' },
  { says: ['bhxh'], means: 'bảo hiểm xã hội' },
  { says: ['rút bảo hiểm một lần', 'rút bhxh', 'rút bhxh một lần', 'lấy bảo hiểm một lần'], means: 'hưởng bảo hiểm xã hội một lần' },
  {
    says: ['bảo hiểm thất nghiệp', 'tiền thất nghiệp', 'trợ cấp thất nghiệp', 'lĩnh thất nghiệp', 'hưởng thất nghiệp'],
    means: 'hưởng trợ cấp thất nghiệp',
  },
  { says: ['trợ cấp người già', 'trợ cấp người cao tuổi', 'tiền người già'], means: 'trợ cấp xã hội hàng tháng' },
  { says: ['tiền mai táng', 'ma chay', 'tiền tang lễ'], means: 'hỗ trợ chi phí mai táng' },
  { says: ['hộ nghèo', 'cận nghèo', 'sổ hộ nghèo'], means: 'công nhận hộ nghèo hộ cận nghèo' },
  // Land, housing, business, tax
  {
    says: ['sổ đỏ', 'sổ hồng', 'làm sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
    means: 'giấy chứng nhận quyền sử dụng đất',
  },
  { says: ['gpxd', 'xin phép xây nhà', 'xin phép xây dựng', 'giấy phép xây nhà'], means: 'cấp giấy phép xây dựng mới' },
  {
    says: ['mở quán', 'mở quán ăn', 'mở cửa hàng', 'mở tiệm', 'kinh doanh hộ gia đình', 'đăng ký kinh doanh'],
    means: 'đăng ký thành lập hộ kinh doanh',
  },
  { says: ['mst', 'mã số thuế cá nhân'], means: 'mã số thuế' },
];
