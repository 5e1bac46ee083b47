// English news sentences written for a held-out style check of the entity rules (politics, business,
// sport, places, organisations, dates, money, percentages), each with every name and amount a careful
// reader marks. Written and scored once before any rule was changed for them (figures in
// english-news.test.ts). Conventions of the usual newswire sets: a title is not part of a person's name,
// a nationality adjective is no entity, a stadium or venue is a place, a company's legal suffix is part of
// its name.
import type { EntityType } from '../../../src-renderer/core/actors/types';

export interface NewsCase {
  text: string;
  /** [type, text as written], in order of appearance. */
  entities: [EntityType, string][];
}

export const ENGLISH_NEWS_CASES: NewsCase[] = [
  { text: 'Shares of Activision Blizzard rose 4% on Monday after Microsoft said regulators in Brussels had approved the deal.', entities: [['org', 'Activision Blizzard'], ['percent', '4%'], ['date', 'Monday'], ['org', 'Microsoft'], ['place', 'Brussels']] },
  { text: 'Real Madrid beat Barcelona 2-1 at the Santiago Bernabeu on Saturday, with Jude Bellingham scoring the winner.', entities: [['org', 'Real Madrid'], ['org', 'Barcelona'], ['place', 'Santiago Bernabeu'], ['date', 'Saturday'], ['person', 'Jude Bellingham']] },
  { text: 'Hargreaves, who has chaired the committee since 2019, said the report would be published in March.', entities: [['person', 'Hargreaves'], ['date', '2019'], ['date', 'March']] },
  { text: 'The Federal Reserve left interest rates unchanged, and Chair Jerome Powell said inflation remained too high.', entities: [['org', 'Federal Reserve'], ['person', 'Jerome Powell']] },
  { text: 'Toyota Motor Corp. plans to spend $13.9 billion on battery plants in North Carolina and Japan.', entities: [['org', 'Toyota Motor Corp.'], ['money', '$13.9 billion'], ['place', 'North Carolina'], ['place', 'Japan']] },
  { text: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris to discuss aid to Ukraine.', entities: [['person', 'Olaf Scholz'], ['person', 'Emmanuel Macron'], ['place', 'Paris'], ['place', 'Ukraine']] },
  { text: 'The World Health Organization warned that cholera cases in Yemen had risen by 30 percent since January.', entities: [['org', 'World Health Organization'], ['place', 'Yemen'], ['percent', '30 percent'], ['date', 'January']] },
  { text: 'Goldman Sachs cut its forecast for British growth to 0.5% for 2024.', entities: [['org', 'Goldman Sachs'], ['percent', '0.5%'], ['date', '2024']] },
  { text: 'Novak Djokovic lost to Carlos Alcaraz in the Wimbledon final, ending a run of 34 straight wins on Centre Court.', entities: [['person', 'Novak Djokovic'], ['person', 'Carlos Alcaraz'], ['place', 'Centre Court']] },
  { text: 'Kowalczyk told the court in Warsaw that he had never met the minister.', entities: [['person', 'Kowalczyk'], ['place', 'Warsaw']] },
  { text: 'The Department of Justice sued Google, accusing the company of abusing its dominance in online advertising.', entities: [['org', 'Department of Justice'], ['org', 'Google']] },
  { text: 'Protesters gathered outside the Houses of Parliament in London on Wednesday evening.', entities: [['place', 'Houses of Parliament'], ['place', 'London'], ['date', 'Wednesday']] },
  { text: 'The Labour Party won 412 seats, and Keir Starmer became prime minister on July 5.', entities: [['org', 'Labour Party'], ['person', 'Keir Starmer'], ['date', 'July 5']] },
  { text: 'Samsung Electronics reported an operating profit of 10.4 trillion won for the third quarter.', entities: [['org', 'Samsung Electronics'], ['money', '10.4 trillion won']] },
  { text: 'A magnitude 6.8 earthquake struck near Marrakech, killing more than 2,900 people, Moroccan officials said.', entities: [['place', 'Marrakech'], ['quantity', '2,900 people']] },
  { text: 'Liverpool manager Arne Slot said Mohamed Salah would be fit for the match against Manchester City at Anfield.', entities: [['org', 'Liverpool'], ['person', 'Arne Slot'], ['person', 'Mohamed Salah'], ['org', 'Manchester City'], ['place', 'Anfield']] },
  { text: 'The International Monetary Fund approved a $3 billion loan for Pakistan after months of talks.', entities: [['org', 'International Monetary Fund'], ['money', '$3 billion'], ['place', 'Pakistan']] },
  { text: 'Nvidia overtook Apple as the most valuable company, its market value reaching $3.3 trillion.', entities: [['org', 'Nvidia'], ['org', 'Apple'], ['money', '$3.3 trillion']] },
  { text: 'Senator Elizabeth Warren wrote to the chief executive of Wells Fargo demanding answers by Friday.', entities: [['person', 'Elizabeth Warren'], ['org', 'Wells Fargo'], ['date', 'Friday']] },
  { text: 'Okonkwo, a farmer from Enugu, said floods had destroyed half of his crops.', entities: [['person', 'Okonkwo'], ['place', 'Enugu']] },
  { text: 'The European Commission fined Meta 797 million euros for tying Facebook Marketplace to its social network.', entities: [['org', 'European Commission'], ['org', 'Meta'], ['money', '797 million euros'], ['org', 'Facebook Marketplace']] },
  { text: 'Rishi Sunak visited a BAE Systems factory in Barrow-in-Furness to announce new submarine orders.', entities: [['person', 'Rishi Sunak'], ['org', 'BAE Systems'], ['place', 'Barrow-in-Furness']] },
  { text: 'Turkish President Recep Tayyip Erdogan hosted talks between Russia and Ukraine in Istanbul in March 2022.', entities: [['person', 'Recep Tayyip Erdogan'], ['place', 'Russia'], ['place', 'Ukraine'], ['place', 'Istanbul'], ['date', 'March 2022']] },
  { text: 'The Ministry of Defence said two Royal Navy ships had left Portsmouth for the Red Sea.', entities: [['org', 'Ministry of Defence'], ['org', 'Royal Navy'], ['place', 'Portsmouth'], ['place', 'Red Sea']] },
  { text: 'Unemployment in Spain fell to 11.7% in the second quarter, the National Statistics Institute said.', entities: [['place', 'Spain'], ['percent', '11.7%'], ['org', 'National Statistics Institute']] },
  { text: 'Lewis Hamilton will leave Mercedes to join Ferrari next season, the team confirmed on Thursday.', entities: [['person', 'Lewis Hamilton'], ['org', 'Mercedes'], ['org', 'Ferrari'], ['date', 'Thursday']] },
  { text: 'BlackRock Inc. bought a stake in Global Infrastructure Partners for $12.5 billion.', entities: [['org', 'BlackRock Inc.'], ['org', 'Global Infrastructure Partners'], ['money', '$12.5 billion']] },
  { text: 'Petrenko, the head of the regional administration, said 40 homes in Kharkiv had been damaged overnight.', entities: [['person', 'Petrenko'], ['quantity', '40 homes'], ['place', 'Kharkiv']] },
  { text: 'The United Nations Security Council will meet in New York on Tuesday to discuss the situation in Sudan.', entities: [['org', 'United Nations Security Council'], ['place', 'New York'], ['date', 'Tuesday'], ['place', 'Sudan']] },
  { text: 'Amazon said it would hire 250,000 seasonal workers across the United States before Christmas.', entities: [['org', 'Amazon'], ['quantity', '250,000 seasonal workers'], ['place', 'United States']] },
  { text: 'Stanford University researchers said the drug cut the risk of heart attack by a quarter.', entities: [['org', 'Stanford University']] },
  { text: 'Mayor Sadiq Khan said Transport for London would freeze fares until March 2025.', entities: [['person', 'Sadiq Khan'], ['org', 'Transport for London'], ['date', 'March 2025']] },
  { text: 'Bayern Munich signed Harry Kane from Tottenham Hotspur for a fee of about 100 million euros.', entities: [['org', 'Bayern Munich'], ['person', 'Harry Kane'], ['org', 'Tottenham Hotspur'], ['money', '100 million euros']] },
  { text: 'The strike at Boeing ended after workers accepted a 38% pay rise over four years.', entities: [['org', 'Boeing'], ['percent', '38%']] },
  { text: 'Indian Prime Minister Narendra Modi arrived in Washington for talks with Joe Biden at the White House.', entities: [['person', 'Narendra Modi'], ['place', 'Washington'], ['person', 'Joe Biden'], ['place', 'White House']] },
  { text: 'Glencore agreed to pay $1.1 billion to settle bribery charges brought by prosecutors in Britain and the United States.', entities: [['org', 'Glencore'], ['money', '$1.1 billion'], ['place', 'Britain'], ['place', 'United States']] },
  { text: 'Voters in Georgia will choose a new parliament on October 26, the Central Election Commission said.', entities: [['place', 'Georgia'], ['date', 'October 26'], ['org', 'Central Election Commission']] },
  { text: 'Morales, the striker, scored twice as Boca Juniors beat River Plate at La Bombonera.', entities: [['person', 'Morales'], ['org', 'Boca Juniors'], ['org', 'River Plate'], ['place', 'La Bombonera']] },
  { text: 'The Kremlin said Dmitry Peskov had no information about the talks in Riyadh.', entities: [['org', 'Kremlin'], ['person', 'Dmitry Peskov'], ['place', 'Riyadh']] },
  { text: 'Airbus delivered 735 aircraft last year, ahead of rival Boeing, the company said in Toulouse.', entities: [['org', 'Airbus'], ['quantity', '735 aircraft'], ['org', 'Boeing'], ['place', 'Toulouse']] },
  { text: 'Jacinda Ardern, the former New Zealand prime minister, will join Harvard University as a fellow.', entities: [['person', 'Jacinda Ardern'], ['place', 'New Zealand'], ['org', 'Harvard University']] },
  { text: 'Evergrande Group was ordered to liquidate by a court in Hong Kong on January 29.', entities: [['org', 'Evergrande Group'], ['place', 'Hong Kong'], ['date', 'January 29']] },
  { text: 'Fitzgerald said the Irish Football Association had not been consulted.', entities: [['person', 'Fitzgerald'], ['org', 'Irish Football Association']] },
  { text: 'The price of Brent crude rose 2% to $84 a barrel after Saudi Aramco cut its output.', entities: [['percent', '2%'], ['money', '$84'], ['org', 'Saudi Aramco']] },
  { text: 'Deutsche Bank will close 111 branches in Germany, about a fifth of its network.', entities: [['org', 'Deutsche Bank'], ['quantity', '111 branches'], ['place', 'Germany']] },
  { text: 'Taylor Swift played three nights at Wembley Stadium in June, drawing 270,000 fans.', entities: [['person', 'Taylor Swift'], ['place', 'Wembley Stadium'], ['date', 'June'], ['quantity', '270,000 fans']] },
  { text: 'Zelensky thanked Congress for the aid package and said Ukrainian forces would hold Avdiivka.', entities: [['person', 'Zelensky'], ['org', 'Congress'], ['place', 'Avdiivka']] },
  { text: 'Shell Plc sold its Nigerian onshore business to Renaissance Africa Energy for $2.4 billion.', entities: [['org', 'Shell Plc'], ['org', 'Renaissance Africa Energy'], ['money', '$2.4 billion']] },
];
