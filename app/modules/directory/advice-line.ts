// The Family Rights Group advice line's number (DOMAIN.md), shared by the national list and the
// "Need help now?" block, which must show it even on an error page with no loader data.
export const ADVICE_LINE_NUMBER = "0808 801 0366";
export const ADVICE_LINE_TEL = "tel:08088010366";
