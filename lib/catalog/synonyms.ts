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
  /** Only when it is all the query names ("trợ cấp" alone means the social allowance). */
  alone?: true;
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
  {
    says: ['đổi tên', 'sửa tên', 'đổi họ', 'sửa họ', 'sửa ngày sinh', 'cải chính', 'sửa giấy khai sinh', 'sửa sai giấy khai sinh'], means: 'thay đổi cải chính bổ sung thông tin hộ tịch' },
  { says: ['nhận con', 'nhận cha', 'nhận mẹ'], means: 'đăng ký nhận cha mẹ con' },
  {
    says: [
      'trích lục khai sinh',
      'bản sao khai sinh',
      'mất giấy khai sinh',
      'trích lục giấy khai sinh',
      'cấp lại giấy khai sinh',
      'làm lại giấy khai sinh',
    ],
    means: 'cấp bản sao trích lục hộ tịch bản sao giấy khai sinh',
  },
  {
    says: ['kết hôn với người nước ngoài', 'lấy chồng nước ngoài', 'lấy vợ nước ngoài', 'lấy chồng tây'],
    means: 'đăng ký kết hôn có yếu tố nước ngoài',
  },
  { says: ['xin con nuôi', 'nhận con nuôi', 'nhận nuôi con'], means: 'đăng ký việc nuôi con nuôi' },
  // Residence (cư trú): the household book is gone, the population database replaced it
  { says: ['nhập hộ khẩu', 'làm hộ khẩu', 'hộ khẩu', 'sổ hộ khẩu', 'chuyển hộ khẩu'], means: 'đăng ký thường trú' },
  { says: ['cắt hộ khẩu', 'cắt khẩu', 'xóa hộ khẩu'], means: 'xóa đăng ký thường trú' },
  { says: ['tách hộ khẩu', 'tách khẩu'], means: 'tách hộ' },
  { says: ['đăng ký tạm vắng', 'khai báo tạm vắng'], means: 'khai báo tạm vắng' },
  { says: ['giấy xác nhận cư trú', 'xác nhận cư trú', 'ct07'], means: 'xác nhận thông tin về cư trú' },
  { says: ['đăng ký tạm trú', 'làm tạm trú', 'tạm trú'], means: 'đăng ký tạm trú' },
  { says: ['khai báo lưu trú', 'đăng ký lưu trú', 'báo lưu trú'], means: 'thông báo lưu trú' },
  // Identity
  {
    says: ['cccd', 'căn cước công dân', 'chứng minh nhân dân', 'cmnd', 'chứng minh thư', 'cmt', 'thẻ căn cước'],
    means: 'thẻ căn cước',
  },
  { says: ['làm cccd', 'làm căn cước', 'làm thẻ căn cước'], means: 'cấp thẻ căn cước' },
  {
    says: ['căn cước cho con', 'cccd cho con', 'căn cước cho bé', 'căn cước trẻ em', 'cccd trẻ em', 'căn cước dưới 14 tuổi'],
    means: 'cấp thẻ căn cước cho người dưới 14 tuổi',
  },
  { says: ['mất căn cước', 'mất cccd', 'mất cmnd', 'mất thẻ căn cước', 'mất chứng minh'], means: 'cấp lại thẻ căn cước' },
  { says: ['đổi căn cước', 'đổi cccd', 'đổi cmnd', 'đổi thẻ căn cước', 'đổi chứng minh'], means: 'cấp đổi thẻ căn cước' },
  { says: ['mất hộ chiếu', 'mất passport'], means: 'trình báo mất hộ chiếu phổ thông' },
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
  {
    says: ['gplx', 'bằng lái', 'bằng lái xe', 'bằng lái xe máy', 'bằng xe máy', 'bằng lái ô tô', 'giấy phép lái xe'],
    means: 'giấy phép lái xe',
  },
  { says: ['đổi bằng lái', 'đổi gplx'], means: 'đổi giấy phép lái xe' },
  { says: ['mất bằng lái', 'mất bằng lái xe', 'mất gplx', 'làm lại bằng lái'], means: 'cấp lại giấy phép lái xe' },
  { says: ['đăng ký xe máy', 'đăng ký ô tô', 'đăng ký xe ô tô', 'biển số xe', 'cà vẹt', 'đăng ký xe mới'], means: 'đăng ký biển số xe lần đầu' },
  { says: ['sang tên xe', 'mua bán xe'], means: 'đăng ký sang tên xe' },
  // Insurance, social support
  { says: ['bhyt', 'thẻ bhyt', 'bảo hiểm y tế'], means: 'thẻ bảo hiểm y tế' },
  { says: ['bhxh'], means: 'bảo hiểm xã hội' },
  {
    says: ['rút bảo hiểm một lần', 'rút bhxh', 'rút bhxh một lần', 'rút bảo hiểm xã hội', 'rút bảo hiểm xã hội một lần', 'lấy bảo hiểm một lần'], means: 'hưởng bảo hiểm xã hội một lần' },
  {
    says: ['bảo hiểm thất nghiệp', 'tiền thất nghiệp', 'trợ cấp thất nghiệp', 'lĩnh thất nghiệp', 'hưởng thất nghiệp'],
    means: 'hưởng trợ cấp thất nghiệp',
  },
  { says: ['trợ cấp người già', 'trợ cấp người cao tuổi', 'tiền người già'], means: 'trợ cấp xã hội hàng tháng' },
  { says: ['tiền mai táng', 'ma chay', 'tiền tang lễ'], means: 'hỗ trợ chi phí mai táng' },
  { says: ['hộ nghèo', 'cận nghèo', 'sổ hộ nghèo', 'xác nhận hộ nghèo', 'giấy xác nhận hộ nghèo', 'xác nhận hộ cận nghèo'], means: 'công nhận hộ nghèo hộ cận nghèo' },
  { says: ['trợ cấp', 'trợ cấp xã hội', 'tiền trợ cấp'], means: 'trợ cấp xã hội hàng tháng', alone: true },
  { says: ['giấy khuyết tật', 'xác nhận khuyết tật', 'giấy chứng nhận khuyết tật'], means: 'giấy xác nhận khuyết tật' },
  { says: ['thai sản', 'chế độ thai sản', 'bảo hiểm thai sản', 'tiền thai sản', 'nghỉ sinh'], means: 'hưởng chế độ thai sản' },
  { says: ['lương hưu', 'nghỉ hưu', 'về hưu'], means: 'hưởng lương hưu' },
  { says: ['mai táng phí'], means: 'mai táng' },
  // Land, housing, business, tax
  {
    says: ['sổ đỏ', 'sổ hồng', 'giấy đỏ', 'bìa đỏ', 'sổ đất', 'làm sổ đỏ', 'giấy chứng nhận quyền sử dụng đất'],
    means: 'giấy chứng nhận quyền sử dụng đất',
  },
  {
    says: ['mất sổ đỏ', 'mất sổ hồng', 'mất giấy đỏ', 'mất bìa đỏ', 'cấp lại sổ đỏ', 'làm lại sổ đỏ', 'cấp lại sổ hồng'], means: 'cấp lại giấy chứng nhận do bị mất' },
  { says: ['tách sổ', 'tách sổ đỏ', 'tách thửa đất'], means: 'tách thửa' },
  { says: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên đất', 'mua bán đất', 'chuyển nhượng đất'], means: 'chuyển nhượng quyền sử dụng đất' },
  { says: ['lên thổ cư', 'chuyển lên thổ cư', 'chuyển đổi mục đích sử dụng đất'], means: 'chuyển mục đích sử dụng đất' },
  { says: ['gpxd', 'xin phép xây nhà', 'xin phép xây dựng', 'giấy phép xây nhà', 'giấy phép xây dựng', 'phép xây nhà'], means: 'cấp giấy phép xây dựng mới' },
  {
    says: [
      'mở quán',
      'mở quán ăn',
      'mở cửa hàng',
      'mở tiệm',
      'mở shop',
      'kinh doanh hộ gia đình',
      'đăng ký kinh doanh',
      'đăng ký hộ kinh doanh',
      'giấy phép kinh doanh',
      'giấy phép kinh doanh hộ gia đình',
    ],
    means: 'đăng ký thành lập hộ kinh doanh',
  },
  { says: ['mst', 'mã số thuế cá nhân'], means: 'mã số thuế' },
  { says: ['mở công ty', 'lập công ty', 'thành lập công ty', 'mở doanh nghiệp'], means: 'đăng ký thành lập công ty' },
];

/**
 * Words around a procedure's name that say how it is asked, not which one:
 * requests, questions, who it is for. Such words never decide the results: a
 * name containing them ranks a little higher ("xin thôi quốc tịch", "cấp lại
 * … do bị mất"), one without them is not left out. A synonym containing them
 * ("làm giấy khai sinh") still applies. Matched folded: a word folding like
 * a name's word ("cần" like "căn cước", "hỏi" like "xã hội") cannot be here.
 */
export const FILLER: string[] = [
  'thủ tục', 'làm thủ tục', 'xin', 'làm', 'đi làm', 'nộp', 'nộp hồ sơ', 'đăng ký online', 'online', 'trực tuyến', 'qua mạng',
  'tôi muốn', 'muốn', 'em muốn', 'cho tôi hỏi', 'cho hỏi', 'giúp tôi', 'phải',
  'như thế nào', 'thế nào', 'làm thế nào', 'làm sao', 'ra sao', 'ở đâu', 'chỗ nào', 'nơi nào',
  'cần gì', 'cần những gì', 'cần giấy tờ gì', 'cần những giấy tờ gì', 'giấy tờ gì', 'hồ sơ gồm những gì', 'hồ sơ gồm gì', 'gồm những gì', 'những gì', 'gì',
  'bao lâu', 'mất bao lâu', 'bao nhiêu tiền', 'hết bao nhiêu', 'bao nhiêu', 'lệ phí', 'lệ phí bao nhiêu', 'mấy ngày',
  'có được không', 'được không', 'không', 'nhé', 'với',
  'cho con', 'cho bé', 'cho cháu', 'cho mẹ', 'cho bố', 'cho vợ', 'cho chồng', 'cho tôi', 'của tôi', 'cho gia đình',
  'bị mất', 'làm mất', 'đánh mất', 'bị', 'quá hạn', 'muộn', 'trễ hạn',
];

/**
 * How names begin that end, stop or undo something. People mostly look for
 * the procedure that starts it ("đăng ký hộ kinh doanh" means setting one up),
 * so these rank lower unless the query says the same word.
 */
export const UNDOING: string[] = ['dừng', 'thu hồi', 'xóa', 'chấm dứt', 'tạm ngừng', 'ngừng', 'hủy', 'giải thể', 'đình chỉ', 'thôi', 'khóa'];
