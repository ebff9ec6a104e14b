/** The address the browser tests' build says it will be served from (its share cards' absolute addresses). */
export const PUBLIC_URL = "https://news.example/globe/";
