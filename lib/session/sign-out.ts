/**
 * Where the helper signs the citizen out after "Kết thúc". GUESS: the portal's
 * "Đăng xuất" sits in the account menu at the top right of the home page; no
 * direct sign-out URL is documented (see ../shared/portal-notes.md), so the
 * link opens the home page and the reminder says which button to press.
 */
export const PORTAL_SIGN_OUT_URL = 'https://dichvucong.gov.vn/';
