/** The demo's articles: pages written for the demo, served at news-site URLs where Backstory runs. */
export interface DemoArticle {
  slug: string;
  title: string;
  url: string;
  fixture: string;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'geneva-talks-en',
    title: 'English: coverage of the 10 January 2022 talks',
    url: 'https://www.swissinfo.ch/eng/demo/eight-hours-in-geneva/47000001',
    fixture: 'geneva-talks-en.html',
  },
  {
    slug: 'geneva-talks-ru',
    title: 'Russian: Ryabkov after the talks',
    url: 'https://www.svoboda.org/a/demo-ryabkov-geneva/31000001.html',
    fixture: 'geneva-talks-ru.html',
  },
  {
    slug: 'unrelated-en',
    title: 'English: an unrelated Geneva story (nothing should be marked)',
    url: 'https://www.swissinfo.ch/eng/demo/lake-ferries/47000002',
    fixture: 'unrelated-en.html',
  },
];
