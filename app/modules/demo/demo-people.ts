// The demo people, shared by the seed and the "sign in as" list (which exists only in demo mode).
// Every name is made up.
export const DEMO_EMAIL_DOMAIN = "demo.safetycircle.example";

export const demoPeople = [
  { key: "mother", email: `jade.walsh@${DEMO_EMAIL_DOMAIN}`, name: "Jade Walsh" },
  { key: "father", email: `kyle.benson@${DEMO_EMAIL_DOMAIN}`, name: "Kyle Benson" },
  { key: "grandmother", email: `carol.walsh@${DEMO_EMAIL_DOMAIN}`, name: "Carol Walsh" },
  { key: "aunt", email: `amy.walsh@${DEMO_EMAIL_DOMAIN}`, name: "Amy Walsh" },
  { key: "friend", email: `priya.shah@${DEMO_EMAIL_DOMAIN}`, name: "Priya Shah" },
  { key: "socialWorker", email: `grace.adebayo@${DEMO_EMAIL_DOMAIN}`, name: "Grace Adebayo" },
  { key: "adviser", email: `tom.hughes@${DEMO_EMAIL_DOMAIN}`, name: "Tom Hughes" },
  { key: "secondFather", email: `owen.price@${DEMO_EMAIL_DOMAIN}`, name: "Owen Price" },
  { key: "secondMother", email: `megan.price@${DEMO_EMAIL_DOMAIN}`, name: "Megan Price" },
  { key: "secondSocialWorker", email: `sam.okoro@${DEMO_EMAIL_DOMAIN}`, name: "Sam Okoro" },
  { key: "orgAdmin", email: `admin@${DEMO_EMAIL_DOMAIN}`, name: "Lena Ford" },
] as const;

export type DemoPersonKey = (typeof demoPeople)[number]["key"];
