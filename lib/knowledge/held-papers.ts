import { Knowledge } from './schema';

/** Nghị quyết 66.7/2025/NQ-CP is in force from 01/01/2026 to the end of 28/02/2027 (Điều 10). */
const NQ = 'NQ 66.7/2025/NQ-CP';
const NQ_IN_FORCE = { validFrom: '2026-01-01', validUntil: '2027-02-28' } as const;
/** Rules that also rest on a law without an end date (Luật Cư trú, Luật Căn cước): they outlive the resolution. */
const STANDING = { validFrom: '2026-01-01', validUntil: null } as const;

/**
 * What the state already holds, so that nobody asks the citizen for it: the
 * law in force as data. Each entry cites its article and says when it ends; a
 * rule change is an edit here. tests/unit/knowledge.test.ts checks each entry
 * against real item names of ../shared/data (must and must not match).
 *
 * Sources: Nghị quyết 66.7/2025/NQ-CP (../shared/data/nq-66.7-2025/articles.md):
 * Điều 4 lists the papers database information replaces, Điều 3.2 applies them
 * to every procedure, Điều 2.3 limits them for Vietnamese abroad and
 * foreigners, Điều 8 says what the agency does when it cannot retrieve the
 * data. Also Luật Cư trú 2020 and Nghị định 104/2022/NĐ-CP (residence), Luật
 * Căn cước 2023 and Nghị định 69/2024/NĐ-CP (papers integrated into VNeID).
 * The per-procedure annexes (Phụ lục I, II) are read at build time, see annex.ts.
 */
export const HELD_PAPERS = Knowledge.parse({
  version: '2026-12-07',
  resolution: { citation: NQ, ...NQ_IN_FORCE },
  papers: [
    {
      id: 'cu-tru',
      what: {
        vi: 'thông tin cư trú (thay sổ hộ khẩu, sổ tạm trú, giấy xác nhận cư trú)',
        en: 'residence information (replacing the household book, temporary-residence book and residence confirmations)',
      },
      heldBy: 'CSDLQG về dân cư',
      database: 'dan-cu',
      legalBasis: `${NQ}, Điều 4 khoản 1 điểm b; Luật Cư trú 2020 (68/2020/QH14), Điều 38; Nghị định 104/2022/NĐ-CP, Điều 14`,
      ...STANDING,
      certainty: 'held',
      phrases: [
        'sổ hộ khẩu',
        'hộ khẩu',
        'sổ tạm trú',
        'giấy xác nhận thông tin về cư trú',
        'xác nhận thông tin về cư trú',
        'giấy xác nhận cư trú',
        'giấy xác nhận nơi cư trú',
        'giấy tờ có giá trị chứng minh thông tin về cư trú',
        'giấy tờ chứng minh thông tin về cư trú',
        'giấy tờ chứng minh nơi cư trú',
        'giấy tờ chứng minh nơi thường trú',
        'giấy tờ chứng minh nơi tạm trú',
        'giấy tờ chứng minh cư trú',
        'giấy tờ về cư trú',
        'thông tin về cư trú',
        'giấy chứng nhận nhân khẩu tập thể',
        'giấy thông báo số định danh cá nhân',
      ],
      exclusions: [
        {
          id: 'cho-o-hop-phap',
          phrases: ['chỗ ở hợp pháp'],
          why: {
            vi: 'giấy tờ về chỗ ở hợp pháp (nhà, đất, hợp đồng thuê) không phải là thông tin cư trú',
            en: 'papers about lawful accommodation (house, land, lease) are not residence information',
          },
        },
        {
          id: 'the-cu-tru-nguoi-nuoc-ngoai',
          phrases: ['thẻ thường trú', 'thẻ tạm trú'],
          why: {
            vi: 'thẻ thường trú, thẻ tạm trú của người nước ngoài không nằm trong CSDLQG về dân cư',
            en: "foreigners' permanent or temporary residence cards are not in the national population database",
          },
        },
        {
          id: 'cu-tru-truoc-xuat-canh',
          phrases: ['trước khi xuất cảnh', 'cư trú cuối cùng'],
          why: {
            vi: 'nơi cư trú trước khi xuất cảnh hoặc của người đã chết có thể chưa có trong CSDLQG về dân cư',
            en: 'the residence before emigrating, or of a deceased person, may not be in the national population database',
          },
        },
      ],
      subjectOfProcedure: ['xác nhận thông tin về cư trú', 'xác nhận cư trú'],
      advice: {
        vi: 'Cơ quan tự khai thác thông tin cư trú trong CSDLQG về dân cư; sổ hộ khẩu, sổ tạm trú không còn giá trị từ 01/01/2023.',
        en: 'The agency retrieves residence information from the national population database; household and temporary-residence books are no longer valid since 01/01/2023.',
      },
    },
    {
      id: 'can-cuoc',
      what: {
        vi: 'thông tin căn cước (thẻ căn cước, CCCD, CMND, giấy chứng nhận căn cước, căn cước điện tử)',
        en: 'identity information (identity card, citizen ID card, old ID card, identity certificate, electronic identity)',
      },
      heldBy: 'VNeID',
      database: 'dan-cu',
      legalBasis: `${NQ}, Điều 4 khoản 1 điểm a; Luật Căn cước 2023 (26/2023/QH15); Nghị định 69/2024/NĐ-CP`,
      ...STANDING,
      certainty: 'held',
      phrases: [
        'thẻ căn cước công dân',
        'căn cước công dân',
        'thẻ căn cước',
        'căn cước điện tử',
        'giấy chứng nhận căn cước',
        'căn cước',
        'CCCD',
        'giấy chứng minh nhân dân',
        'chứng minh nhân dân',
        'chứng minh thư nhân dân',
        'CMND',
        'CMTND',
        'mã số định danh cá nhân',
        'số định danh cá nhân',
      ],
      companions: [
        'hộ chiếu',
        'hộ chiếu Việt Nam',
        'giấy tờ tùy thân',
        'giấy tờ chứng minh nhân thân',
        'giấy tờ chứng minh về nhân thân',
        'giấy tờ khác có dán ảnh',
        'giấy tờ có giá trị thay thế',
        'giấy tờ có giá trị thay thế hộ chiếu',
        'giấy tờ hợp lệ khác',
        'giấy tờ khác',
      ],
      exclusions: [
        {
          id: 'anh-chan-dung',
          phrases: ['ảnh màu', 'ảnh chân dung', 'kiểu chứng minh nhân dân', 'kiểu thẻ căn cước', 'kiểu căn cước'],
          why: { vi: 'ảnh chân dung vẫn phải nộp', en: 'portrait photos must still be given' },
        },
        {
          id: 'chung-minh-quoc-tich',
          phrases: ['quốc tịch'],
          why: {
            vi: 'giấy tờ dùng để chứng minh quốc tịch vẫn phải nộp theo Luật Quốc tịch',
            en: 'papers proving nationality must still be given under the Law on Nationality',
          },
          inProcedureName: true,
        },
        {
          id: 'luc-luong-vu-trang',
          phrases: ['công an nhân dân', 'quân đội', 'sỹ quan', 'sĩ quan', 'quân nhân'],
          why: { vi: 'giấy chứng minh của lực lượng vũ trang không có trên VNeID', en: 'armed-forces ID cards are not on VNeID' },
        },
      ],
      subjectOfProcedure: ['căn cước', 'chứng minh nhân dân', 'định danh'],
      advice: {
        vi: 'Nộp trực tuyến bằng tài khoản VNeID mức 2 là đã xác thực nhân thân; nếu làm trực tiếp, chỉ xuất trình thẻ căn cước hoặc căn cước điện tử trên VNeID, không nộp bản sao.',
        en: 'Filing online with a level-2 VNeID account already proves identity; at the counter, just show the identity card or the electronic identity in VNeID, no copy.',
      },
    },
    ...civilStatusPapers(),
    {
      id: 'the-bhyt',
      what: { vi: 'thẻ bảo hiểm y tế (BHYT)', en: 'health-insurance card' },
      heldBy: 'VNeID',
      database: 'bao-hiem',
      legalBasis: `${NQ}, Điều 4 khoản 3 điểm a; Nghị định 69/2024/NĐ-CP (giấy tờ tích hợp trên VNeID)`,
      ...STANDING,
      certainty: 'held',
      phrases: ['thẻ bảo hiểm y tế', 'thẻ BHYT', 'mã số bảo hiểm y tế', 'mã số BHYT'],
      exclusions: [
        {
          id: 'bhyt-dac-biet',
          phrases: ['cũ', 'mức hưởng', 'chưa có ảnh', 'bản giấy'],
          why: {
            vi: 'thẻ BHYT cũ hoặc để đối chiếu mức hưởng vẫn phải nộp theo yêu cầu',
            en: 'an old health-insurance card, or one to compare benefit levels, must still be given when asked',
          },
        },
        {
          id: 'bhyt-cua-tre',
          phrases: ['trẻ em'],
          why: {
            vi: 'thẻ BHYT của trẻ em không nằm trong tài khoản VNeID của người nộp',
            en: "a child's health-insurance card is not in the applicant's VNeID account",
          },
          inProcedureName: true,
        },
      ],
      subjectOfProcedure: ['thẻ bảo hiểm y tế', 'thẻ BHYT'],
      advice: {
        vi: 'Dùng thẻ BHYT trên VNeID (hoặc VssID) thay cho bản giấy; không cần tải bản sao.',
        en: 'Use the health-insurance card in VNeID (or VssID) instead of the paper; no copy to upload.',
      },
    },
    {
      id: 'bao-hiem-xa-hoi',
      what: { vi: 'sổ bảo hiểm xã hội (mã số BHXH)', en: 'social-insurance book (social-insurance number)' },
      heldBy: 'CSDLQG về bảo hiểm',
      database: 'bao-hiem',
      legalBasis: `${NQ}, Điều 4 khoản 3 điểm b`,
      ...NQ_IN_FORCE,
      certainty: 'held',
      phrases: ['sổ bảo hiểm xã hội', 'sổ BHXH', 'mã số bảo hiểm xã hội', 'mã số BHXH', 'số sổ bảo hiểm xã hội', 'số sổ BHXH'],
      subjectOfProcedure: ['sổ bảo hiểm xã hội', 'mã số bảo hiểm xã hội', 'sổ BHXH'],
      advice: {
        vi: 'Cơ quan tự khai thác quá trình đóng bảo hiểm xã hội trong CSDLQG về bảo hiểm; mã số BHXH hiển thị trên VNeID, chỉ cần kê khai số.',
        en: 'The agency retrieves the contribution record from the national insurance database; the number shows in VNeID, just declare it.',
      },
    },
    {
      id: 'giay-phep-lai-xe',
      what: { vi: 'giấy phép lái xe (GPLX)', en: 'driving licence' },
      heldBy: 'VNeID',
      database: 'giay-phep-lai-xe',
      legalBasis: `${NQ}, Điều 4 khoản 4; Nghị định 69/2024/NĐ-CP (giấy tờ tích hợp trên VNeID)`,
      ...STANDING,
      certainty: 'held',
      phrases: ['giấy phép lái xe', 'GPLX', 'bằng lái xe', 'bằng lái'],
      exclusions: [
        {
          id: 'gplx-dac-biet',
          phrases: ['quốc tế', 'quân sự', 'bộ quốc phòng', 'công an nhân dân', 'quá thời hạn', 'hết hạn', 'bị mất', 'bị hỏng', 'tước', 'thu hồi'],
          why: {
            vi: 'giấy phép lái xe quốc tế, quân sự, hết hạn, bị mất hoặc bị tước không thay được bằng bản trên VNeID',
            en: 'an international, military, expired, lost or revoked driving licence cannot be replaced by the one in VNeID',
          },
        },
      ],
      subjectOfProcedure: ['giấy phép lái xe', 'sát hạch lái xe'],
      advice: {
        vi: 'Xuất trình giấy phép lái xe đã tích hợp trên VNeID thay cho bản giấy; không cần tải bản sao.',
        en: 'Show the driving licence integrated in VNeID instead of the paper; no copy to upload.',
      },
    },
    ...businessPapers(),
    {
      id: 'dang-ky-xe',
      what: { vi: 'giấy chứng nhận đăng ký xe', en: 'vehicle registration certificate' },
      heldBy: 'VNeID',
      database: 'dang-ky-phuong-tien',
      legalBasis: `${NQ}, Điều 4 khoản 6; Nghị định 69/2024/NĐ-CP (giấy tờ tích hợp trên VNeID)`,
      ...STANDING,
      certainty: 'held',
      phrases: [
        'giấy chứng nhận đăng ký xe',
        'chứng nhận đăng ký xe',
        'giấy đăng ký xe',
        'đăng ký xe',
        'giấy đăng ký mô tô',
        'giấy đăng ký xe máy',
        'cà vẹt xe',
      ],
      exclusions: [
        {
          id: 'xe-dac-biet',
          phrases: ['tạm thời', 'giấy hẹn', 'biển số nước ngoài', 'xe máy chuyên dùng', 'phương tiện thủy', 'đường thủy', 'tàu'],
          why: {
            vi: 'đăng ký tạm thời, giấy hẹn, xe máy chuyên dùng, phương tiện thủy không có trong cơ sở dữ liệu đăng ký xe',
            en: 'temporary registrations, appointment slips, special-use machines and waterway craft are not in the vehicle registration database',
          },
        },
        {
          id: 'xe-to-chuc',
          phrases: ['doanh nghiệp', 'hợp tác xã', 'kinh doanh vận tải', 'đơn vị kinh doanh', 'danh sách xe', 'vận tải', 'liên vận'],
          why: {
            vi: 'xe của doanh nghiệp, hợp tác xã, xe kinh doanh vận tải không nằm trong tài khoản VNeID cá nhân',
            en: "vehicles of companies, cooperatives or transport businesses are not in a person's VNeID account",
          },
          inProcedureName: true,
        },
      ],
      subjectOfProcedure: ['đăng ký xe', 'biển số xe', 'đăng ký, cấp biển số'],
      advice: {
        vi: 'Xuất trình giấy đăng ký xe đã tích hợp trên VNeID thay cho bản giấy; không cần tải bản sao.',
        en: 'Show the vehicle registration integrated in VNeID instead of the paper; no copy to upload.',
      },
    },
    {
      id: 'dat-dai',
      what: {
        vi: 'giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (đất ở)',
        en: 'land-use and attached-property certificate (residential land)',
      },
      heldBy: 'CSDLQG về đất đai',
      database: 'dat-dai',
      legalBasis: `${NQ}, Điều 4 khoản 7`,
      ...NQ_IN_FORCE,
      certainty: 'held',
      phrases: [
        'giấy chứng nhận quyền sử dụng đất',
        'giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất ở',
        'giấy chứng nhận quyền sở hữu nhà ở và quyền sử dụng đất',
      ],
      // The certificate's full name lists what it covers: "…quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất".
      companions: ['quyền sở hữu tài sản gắn liền với đất', 'quyền sở hữu nhà ở', 'quyền sở hữu công trình', 'giấy chứng nhận quyền sở hữu nhà ở', 'giấy chứng nhận quyền sở hữu công trình'],
      exclusions: [
        {
          id: 'dat-khong-phai-dat-o',
          phrases: ['nông nghiệp', 'đất rừng', 'lâm nghiệp', 'mặt nước', 'khu công nghiệp', 'khoáng sản', 'dự án', 'sản xuất', 'nuôi trồng', 'trụ sở', 'địa điểm', 'cơ sở'],
          why: {
            vi: 'giai đoạn đầu chỉ áp dụng cho đất ở; đất sản xuất, kinh doanh, trụ sở vẫn phải nộp',
            en: 'the first phase covers residential land only; land for production, business or offices must still be given',
          },
          inProcedureName: true,
        },
      ],
      subjectOfProcedure: [
        'giấy chứng nhận quyền sử dụng đất',
        'giấy chứng nhận đã cấp',
        'cấp đổi giấy chứng nhận',
        'cấp lại giấy chứng nhận',
        'đăng ký biến động',
        'tách thửa',
        'hợp thửa',
        'đính chính',
        'đất đai',
        'thửa đất',
        'quyền sử dụng đất',
        'sử dụng đất',
        'giao đất',
        'thuê đất',
        'đăng ký đất',
        'thế chấp',
      ],
      advice: {
        vi: 'Cơ quan tự khai thác thông tin thửa đất trong CSDLQG về đất đai.',
        en: 'The agency retrieves the land parcel from the national land database.',
      },
    },
    {
      id: 'ly-lich-tu-phap',
      what: { vi: 'phiếu lý lịch tư pháp', en: 'criminal-record certificate' },
      heldBy: 'CSDL lý lịch tư pháp',
      database: 'ly-lich-tu-phap',
      legalBasis: `${NQ}, Điều 4 khoản 8`,
      ...NQ_IN_FORCE,
      certainty: 'held',
      phrases: ['phiếu lý lịch tư pháp', 'lý lịch tư pháp'],
      subjectOfProcedure: ['lý lịch tư pháp'],
      advice: {
        vi: 'Cơ quan tự khai thác thông tin trong CSDL lý lịch tư pháp; không phải đi xin phiếu.',
        en: 'The agency retrieves it from the criminal-record database; no need to apply for the certificate.',
      },
    },
    {
      id: 'giay-kham-suc-khoe',
      what: { vi: 'giấy khám sức khỏe', en: 'health certificate' },
      heldBy: 'Sổ sức khỏe điện tử',
      database: 'so-suc-khoe',
      legalBasis: `${NQ}, Điều 4 khoản 9`,
      ...NQ_IN_FORCE,
      certainty: 'held',
      phrases: ['giấy khám sức khỏe', 'giấy khám sức khoẻ', 'giấy chứng nhận sức khỏe', 'giấy chứng nhận sức khoẻ', 'giấy chứng nhận đủ sức khỏe', 'giấy chứng nhận đủ sức khoẻ'],
      exclusions: [
        {
          id: 'suc-khoe-con-han',
          phrases: ['chưa quá', 'không quá', 'trong thời hạn', 'trong vòng', 'còn giá trị', 'còn hiệu lực', 'có giá trị sử dụng', 'tháng', 'đủ điều kiện cấp', 'trừ trường hợp', 'không áp dụng', 'hàng không', 'tàu bay', 'thuyền viên'],
          why: {
            vi: 'thủ tục đòi giấy khám còn hạn hoặc do cơ sở đủ điều kiện cấp: nếu kết quả khám đã có trên sổ sức khỏe điện tử thì hỏi nơi tiếp nhận trước, nếu chưa thì đi khám',
            en: 'the procedure wants a recent certificate from an approved clinic: if the result is already in the electronic health book ask the agency first, otherwise get examined',
          },
          advise: true,
        },
      ],
      subjectOfProcedure: ['khám sức khỏe', 'khám sức khoẻ'],
      advice: {
        vi: 'Cơ quan tự khai thác kết quả khám trên sổ sức khỏe điện tử.',
        en: 'The agency retrieves the examination result from the electronic health book.',
      },
    },
    {
      id: 'thong-tin-duoc-khai-thac',
      what: { vi: 'thông tin mà chính thủ tục ghi là cơ quan tự khai thác', en: 'information the procedure itself says the agency retrieves' },
      heldBy: 'CSDL quốc gia',
      database: 'khac',
      legalBasis: `${NQ}, Điều 4 khoản 10; thành phần hồ sơ đã công bố của thủ tục`,
      ...NQ_IN_FORCE,
      certainty: 'held',
      phrases: ['thông tin'],
      requiresAny: ['được khai thác', 'khai thác, sử dụng', 'được khai thác, sử dụng'],
      // The procedure itself says the authority exploits it, for whom and with which fallback.
      ignoresCommon: ['chua-so-hoa', 'nguoi-khac'],
      advice: {
        vi: 'Không phải nộp giấy tờ: cơ quan tự khai thác; chỉ khi cơ quan báo không khai thác được mới cần xuất trình giấy tờ.',
        en: 'No paper to give: the agency retrieves it; only if it says it cannot, show the paper.',
      },
    },
  ],
  commonExclusions: [
    {
      id: 'nuoc-ngoai',
      phrases: [
        'nước ngoài',
        'người nước ngoài',
        'nước láng giềng',
        'định cư ở nước ngoài',
        'hợp pháp hóa lãnh sự',
        'lãnh sự',
        'không quốc tịch',
        'chưa xác định được quốc tịch',
        'giấy thông hành',
        'cơ quan đại diện',
        'yếu tố nước ngoài',
      ],
      why: {
        vi: 'giấy tờ do nước ngoài cấp, của người nước ngoài hoặc người ở nước ngoài chỉ được thay bằng dữ liệu khi cơ sở dữ liệu đáp ứng (NQ 66.7/2025/NQ-CP, Điều 2 khoản 3)',
        en: 'papers issued abroad, of foreigners or of people living abroad are replaced only as far as the database can serve (Resolution 66.7/2025/NQ-CP, Art. 2(3))',
      },
      inProcedureName: true,
    },
    {
      id: 'ban-dich',
      phrases: ['bản dịch', 'dịch sang tiếng Việt', 'dịch thuật'],
      why: { vi: 'bản dịch vẫn phải nộp', en: 'translations must still be given' },
    },
    {
      id: 'nop-lai',
      phrases: ['nộp lại', 'giao nộp', 'bản gốc', 'bản chính giấy chứng nhận đã cấp', 'giấy chứng nhận đã cấp'],
      why: {
        vi: 'giấy tờ phải giao nộp (để thu hồi, cấp đổi hoặc ghi chỉnh) thì vẫn phải nộp bản gốc',
        en: 'a paper that is surrendered (to be withdrawn, exchanged or annotated) must still be handed in',
      },
    },
    {
      id: 'khi-khong-co',
      phrases: ['không có', 'chưa có', 'chưa được cấp', 'thay cho', 'thay thế'],
      why: {
        vi: 'giấy tờ này chỉ dùng khi không có giấy tờ nhà nước đang giữ, nên vẫn phải nộp',
        en: 'this is what to give when you lack the paper the state holds, so it must still be given',
      },
      beforePaper: true,
    },
    {
      id: 'chua-so-hoa',
      phrases: [
        'chưa có tài khoản định danh',
        'chưa được cấp mã số định danh',
        'chưa được cấp số định danh',
        'chưa có thông tin',
        'chưa được tích hợp',
        'chưa tích hợp',
        'chưa được số hóa',
        'chưa kết nối',
        'chưa được kết nối',
      ],
      why: {
        vi: 'chỉ cần khi chưa có tài khoản VNeID hoặc dữ liệu chưa được số hóa, tích hợp',
        en: 'needed only without a VNeID account or when the data is not yet digitised or connected',
      },
    },
    {
      id: 'nguoi-khac',
      phrases: [
        'của thành viên',
        'của cổ đông',
        'thành viên là cá nhân',
        'người đại diện theo pháp luật',
        'người đại diện theo ủy quyền',
        'người được ủy quyền',
        'người ủy quyền',
        'người uỷ quyền',
        'của người đứng đầu',
        'kế toán trưởng',
        'của người lao động',
        'người lao động',
        'của lái xe',
        'người điều khiển',
        'thuyền viên',
        'hành khách',
        'của người quản lý',
        'giám đốc',
        'nhà đầu tư',
        'người chết',
        'người đã chết',
        'của trẻ em',
        'của con',
        'người con',
        'của cha',
        'của mẹ',
        'người mẹ',
        'người cha',
        'cha, mẹ',
        'của đối tượng',
        'của vợ',
        'của chồng',
        'chủ hộ',
        'thành viên hộ gia đình',
        'người được nhận làm con nuôi',
        'người giám hộ',
        'người được giám hộ',
        'chủ sở hữu hưởng lợi',
      ],
      why: {
        vi: 'giấy tờ của người khác (thành viên, người đại diện, người thân…) chưa chắc cơ quan được khai thác',
        en: 'papers of someone else (a member, a representative, a relative…) may not be retrievable by the agency',
      },
    },
  ],
  databases: [
    { id: 'vneid', short: 'VNeID', name: { vi: 'VNeID', en: 'VNeID' }, phrases: ['VNeID', 'ứng dụng định danh quốc gia', 'căn cước điện tử', 'tài khoản định danh điện tử', 'định danh điện tử'] },
    {
      id: 'dan-cu',
      short: 'CSDLQG về dân cư',
      name: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National Population Database' },
      phrases: [
        'cơ sở dữ liệu quốc gia về dân cư',
        'CSDLQG về dân cư',
        'CSDLQGVDC',
        'CSDL quốc gia về dân cư',
        'cơ sở dữ liệu dân cư',
        'CSDL dân cư',
        'cơ sở dữ liệu về căn cước công dân',
        'CSDL căn cước công dân',
        'CSDL về căn cước công dân',
        'cơ sở dữ liệu về cư trú',
      ],
    },
    {
      id: 'ho-tich',
      short: 'CSDL hộ tịch điện tử',
      name: { vi: 'Cơ sở dữ liệu hộ tịch điện tử', en: 'Electronic Civil Status Database' },
      phrases: ['cơ sở dữ liệu hộ tịch điện tử', 'CSDL hộ tịch điện tử', 'CSDL hộ tịch về điện tử', 'cơ sở dữ liệu quốc gia về hộ tịch', 'CSDL quốc gia về hộ tịch', 'cơ sở dữ liệu hộ tịch', 'CSDL hộ tịch', 'CSDL về hộ tịch'],
    },
    {
      id: 'bao-hiem',
      short: 'CSDLQG về bảo hiểm',
      name: { vi: 'Cơ sở dữ liệu quốc gia về bảo hiểm', en: 'National Insurance Database' },
      phrases: ['cơ sở dữ liệu quốc gia về bảo hiểm', 'CSDL quốc gia về bảo hiểm', 'hệ thống BHXH Việt Nam'],
    },
    {
      id: 'giay-phep-lai-xe',
      short: 'CSDL giấy phép lái xe',
      name: { vi: 'Cơ sở dữ liệu giấy phép lái xe', en: 'Driving Licence Database' },
      phrases: ['cơ sở dữ liệu giấy phép lái xe', 'CSDL giấy phép lái xe'],
    },
    {
      id: 'dang-ky-doanh-nghiep',
      short: 'CSDLQG về đăng ký doanh nghiệp',
      name: { vi: 'Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp', en: 'National Business Registration Database' },
      phrases: [
        'cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp',
        'cơ sở dữ liệu quốc gia về đăng ký kinh doanh',
        'cơ sở dữ liệu quốc gia về đăng ký doanh',
        'CSDL quốc gia về đăng ký doanh nghiệp',
        'CSDL về đăng ký doanh nghiệp',
        'CSDL về hợp tác xã',
        'CSDL về hộ kinh doanh',
      ],
    },
    {
      id: 'dang-ky-phuong-tien',
      short: 'CSDL đăng ký phương tiện',
      name: { vi: 'Cơ sở dữ liệu về đăng ký phương tiện', en: 'Vehicle Registration Database' },
      phrases: ['cơ sở dữ liệu về đăng ký phương tiện', 'cơ sở dữ liệu đăng ký xe', 'CSDL đăng ký xe'],
    },
    {
      id: 'dat-dai',
      short: 'CSDLQG về đất đai',
      name: { vi: 'Cơ sở dữ liệu quốc gia về đất đai', en: 'National Land Database' },
      phrases: ['cơ sở dữ liệu quốc gia về đất đai', 'CSDL quốc gia về đất đai', 'CSDL quốc gia đất đai', 'CSDLQG về đất đai', 'cơ sở dữ liệu về đất đai', 'cơ sở dữ liệu đất đai', 'CSDL về đất đai'],
    },
    {
      id: 'ly-lich-tu-phap',
      short: 'CSDL lý lịch tư pháp',
      name: { vi: 'Cơ sở dữ liệu lý lịch tư pháp', en: 'Criminal Record Database' },
      phrases: ['cơ sở dữ liệu lý lịch tư pháp', 'cơ sở dữ liệu về lý lịch tư pháp', 'CSDL về lý lịch tư pháp', 'dữ liệu lý lịch tư pháp'],
    },
    {
      id: 'so-suc-khoe',
      short: 'Sổ sức khỏe điện tử',
      name: { vi: 'Cơ sở dữ liệu nền tảng sổ sức khỏe điện tử', en: 'Electronic Health Book Database' },
      phrases: ['cơ sở dữ liệu nền tảng sổ sức khỏe điện tử', 'sổ sức khỏe điện tử', 'CSDL quốc gia về y tế'],
    },
    {
      id: 'khac',
      short: 'CSDL quốc gia',
      name: { vi: 'cơ sở dữ liệu quốc gia, chuyên ngành', en: 'national or sector database' },
      phrases: ['cơ sở dữ liệu quốc gia', 'cơ sở dữ liệu chuyên ngành', 'CSDL quốc gia'],
    },
  ],
  fallback: {
    legalBasis: `${NQ}, Điều 8`,
    ...NQ_IN_FORCE,
    phrases: ['không thể khai thác', 'không khai thác được', 'không thể khai thác được', 'không khai thác', 'không đầy đủ, không chính xác', 'không tra cứu được'],
  },
});

/** Điều 4 khoản 2: the civil-status papers the electronic civil-status database replaces. */
function civilStatusPapers() {
  const shared = {
    heldBy: 'CSDL hộ tịch điện tử',
    database: 'ho-tich',
    ...NQ_IN_FORCE,
    certainty: 'held',
    companions: ['trích lục', 'giấy tờ hợp lệ khác', 'giấy tờ khác'],
    exclusions: [
      {
        id: 'ho-tich-nuoc-ngoai',
        phrases: ['ghi chú', 'ly hôn', 'hủy việc kết hôn', 'giấy báo tử', 'tuyên bố'],
        why: {
          vi: 'việc hộ tịch ghi chú từ nước ngoài, ly hôn hay tuyên bố chết tại tòa án chưa chắc có trong CSDL hộ tịch điện tử',
          en: 'civil-status events recorded abroad, divorces and court declarations of death may not be in the electronic civil-status database',
        },
      },
    ],
    advice: {
      vi: 'Cơ quan tự khai thác trong CSDL hộ tịch điện tử; không phải đi xin bản sao.',
      en: 'The agency retrieves it from the electronic civil-status database; no need to get a copy.',
    },
  } as const;
  const about = (paper: string) => [paper, 'hộ tịch', 'trích lục', 'cải chính'];
  return [
    {
      ...shared,
      id: 'khai-sinh',
      what: { vi: 'giấy khai sinh, trích lục khai sinh', en: 'birth certificate or extract' },
      legalBasis: `${NQ}, Điều 4 khoản 2 điểm a`,
      phrases: ['giấy khai sinh', 'trích lục khai sinh', 'trích lục ghi vào sổ hộ tịch việc khai sinh', 'trích lục giấy khai sinh'],
      subjectOfProcedure: about('khai sinh'),
    },
    {
      ...shared,
      id: 'ket-hon',
      what: { vi: 'giấy chứng nhận kết hôn', en: 'marriage certificate' },
      legalBasis: `${NQ}, Điều 4 khoản 2 điểm b`,
      phrases: ['giấy chứng nhận kết hôn', 'giấy đăng ký kết hôn', 'trích lục kết hôn', 'trích lục đăng ký kết hôn'],
      subjectOfProcedure: about('kết hôn'),
    },
    {
      ...shared,
      id: 'tinh-trang-hon-nhan',
      what: { vi: 'giấy xác nhận tình trạng hôn nhân', en: 'marital-status confirmation' },
      legalBasis: `${NQ}, Điều 4 khoản 2 điểm c`,
      phrases: ['giấy xác nhận tình trạng hôn nhân', 'văn bản xác nhận tình trạng hôn nhân', 'xác nhận tình trạng hôn nhân'],
      subjectOfProcedure: about('tình trạng hôn nhân'),
    },
    {
      ...shared,
      id: 'khai-tu',
      what: { vi: 'giấy chứng tử, giấy khai tử, trích lục khai tử', en: 'death certificate or extract' },
      legalBasis: `${NQ}, Điều 4 khoản 2 điểm d`,
      phrases: ['giấy chứng tử', 'giấy khai tử', 'trích lục khai tử'],
      subjectOfProcedure: about('khai tử'),
    },
  ];
}

/** Điều 4 khoản 5: registration certificates the national business registration database replaces. */
function businessPapers() {
  const shared = {
    heldBy: 'CSDLQG về đăng ký doanh nghiệp',
    database: 'dang-ky-doanh-nghiep',
    ...NQ_IN_FORCE,
    certainty: 'held',
    advice: {
      vi: 'Cơ quan tự khai thác trong CSDLQG về đăng ký doanh nghiệp; chỉ cần ghi mã số doanh nghiệp.',
      en: 'The agency retrieves it from the national business registration database; just give the enterprise code.',
    },
  } as const;
  const registering = ['thành lập', 'đăng ký thay đổi', 'giải thể', 'chuyển đổi', 'tạm ngừng', 'hiệu đính', 'chấm dứt hoạt động', 'cấp lại giấy chứng nhận đăng ký', 'cấp đổi giấy chứng nhận đăng ký'];
  return [
    {
      ...shared,
      id: 'dang-ky-doanh-nghiep',
      what: { vi: 'giấy chứng nhận đăng ký doanh nghiệp (đăng ký kinh doanh)', en: 'business registration certificate' },
      legalBasis: `${NQ}, Điều 4 khoản 5 điểm a`,
      phrases: ['giấy chứng nhận đăng ký doanh nghiệp', 'giấy đăng ký doanh nghiệp', 'giấy chứng nhận đăng ký kinh doanh', 'giấy đăng ký kinh doanh', 'đăng ký doanh nghiệp'],
      companions: ['quyết định thành lập', 'giấy chứng nhận đăng ký đầu tư', 'giấy chứng nhận đầu tư', 'giấy phép thành lập', 'giấy tờ có giá trị tương đương', 'giấy tờ tương đương'],
      subjectOfProcedure: ['đăng ký doanh nghiệp', ...registering],
    },
    {
      ...shared,
      id: 'ho-kinh-doanh',
      what: { vi: 'giấy chứng nhận đăng ký hộ kinh doanh', en: 'household-business registration certificate' },
      legalBasis: `${NQ}, Điều 4 khoản 5 điểm b`,
      phrases: ['giấy chứng nhận đăng ký hộ kinh doanh', 'giấy đăng ký hộ kinh doanh'],
      subjectOfProcedure: ['hộ kinh doanh'],
    },
    {
      ...shared,
      id: 'hop-tac-xa',
      what: { vi: 'giấy chứng nhận đăng ký hợp tác xã', en: 'cooperative registration certificate' },
      legalBasis: `${NQ}, Điều 4 khoản 5 điểm c`,
      phrases: ['giấy chứng nhận đăng ký hợp tác xã', 'giấy đăng ký hợp tác xã'],
      subjectOfProcedure: ['hợp tác xã'],
    },
  ];
}
