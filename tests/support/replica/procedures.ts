/** Real procedures of ../shared/data/portal-api.jsonl the replica is checked on (detail URL = their UUID). */
export const PROCEDURES = {
  khaiSinh: { id: '019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7', code: '1.001193', name: 'Thủ tục đăng ký khai sinh' },
  ketHon: { id: '019d2bfd-3fac-7489-b53b-a15eb239a6fe', code: '1.000894', name: 'Thủ tục đăng ký kết hôn' },
  tamTru: { id: '019d2bf7-770b-734d-b7fb-5e1995f194f4', code: '1.004194', name: 'Đăng ký tạm trú' },
  thuongTru: { id: '019d2bf7-7704-7449-9e95-fe7ebb959aa2', code: '1.004222', name: 'Đăng ký thường trú' },
  khaiTu: { id: '019d2bfd-3fac-7489-b53b-9c6c958f2da4', code: '1.000656', name: 'Thủ tục đăng ký khai tử' },
  lienThongKhaiSinh: {
    id: '019d2bfd-95d8-77dd-86c5-880463eb8dbe',
    code: '2.000986',
    name: 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
  },
  chungThuc: {
    id: '019d2bfd-8e22-77ef-819f-e49460350904',
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
  },
} as const;

export const detailUrl = (id: string) => `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${id}`;
