// Hand-written sentences with every named entity and amount a careful reader marks: its type, the text as
// written and the normalised name. Scored exactly (type, start, end) by entities.test.ts.
import type { EntityType } from '../../../src-renderer/core/actors/types';

export interface EntityCase {
  lang: 'en' | 'ru';
  text: string;
  /** [type, text as written, normalised name]; the text is found in order of appearance. */
  entities: [EntityType, string, string][];
}

export const ENTITY_CASES: EntityCase[] = [
  {
    lang: 'en',
    text: 'Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow on 12 March 2024. Putin said trade grew by 16% last year.',
    entities: [
      ['person', 'Vladimir Putin', 'Vladimir Putin'], ['person', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'], ['place', 'Moscow', 'Moscow'],
      ['date', '12 March 2024', '12 March 2024'], ['person', 'Putin', 'Vladimir Putin'], ['percent', '16%', '16%'],
    ],
  },
  {
    lang: 'en',
    text: 'Mr Putin later spoke to reporters. Gazprom will invest $2.5 billion in the project, the Ministry of Energy said on Tuesday.',
    entities: [['person', 'Putin', 'Putin'], ['org', 'Gazprom', 'Gazprom'], ['money', '$2.5 billion', '$2.5 billion'], ['org', 'Ministry of Energy', 'Ministry of Energy'], ['date', 'Tuesday', 'Tuesday']],
  },
  {
    lang: 'en',
    text: 'The European Union and NATO condemned the attack on Kharkiv, which killed 12 people. Ursula von der Leyen called it a war crime.',
    entities: [['org', 'European Union', 'European Union'], ['org', 'NATO', 'NATO'], ['place', 'Kharkiv', 'Kharkiv'], ['quantity', '12 people', '12 people'], ['person', 'Ursula von der Leyen', 'Ursula von der Leyen']],
  },
  {
    lang: 'en',
    text: 'Oil output in Saudi Arabia fell to 9 million barrels a day in June, according to OPEC.',
    entities: [['place', 'Saudi Arabia', 'Saudi Arabia'], ['quantity', '9 million barrels', '9 million barrels'], ['date', 'June', 'June'], ['org', 'OPEC', 'OPEC']],
  },
  {
    lang: 'en',
    text: 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels. Pashinyan said the border would be drawn by the end of 2025.',
    entities: [['person', 'Nikol Pashinyan', 'Nikol Pashinyan'], ['person', 'Ilham Aliyev', 'Ilham Aliyev'], ['place', 'Brussels', 'Brussels'], ['person', 'Pashinyan', 'Nikol Pashinyan'], ['date', '2025', '2025']],
  },
  {
    lang: 'en',
    text: 'The Bank of Russia raised its key rate to 21 percent, and the rouble strengthened against the dollar.',
    entities: [['org', 'Bank of Russia', 'Bank of Russia'], ['percent', '21 percent', '21 percent']],
  },
  {
    lang: 'en',
    text: 'Angela Merkel, the former German chancellor, visited Kyiv and Odesa in May. Merkel met students at Kyiv University.',
    entities: [['person', 'Angela Merkel', 'Angela Merkel'], ['place', 'Kyiv', 'Kyiv'], ['place', 'Odesa', 'Odesa'], ['date', 'May', 'May'], ['person', 'Merkel', 'Angela Merkel'], ['org', 'Kyiv University', 'Kyiv University']],
  },
  {
    lang: 'ru',
    text: 'Президент России Владимир Путин провел переговоры с Ильхамом Алиевым в Кремле 22 февраля 2022 года.',
    entities: [['place', 'России', 'Россия'], ['person', 'Владимир Путин', 'Владимир Путин'], ['person', 'Ильхамом Алиевым', 'Ильхам Алиев'], ['org', 'Кремле', 'Кремль'], ['date', '22 февраля 2022 года', '22 февраля 2022 года']],
  },
  {
    lang: 'ru',
    text: 'По словам Путина, товарооборот вырос на 16%. Путину передали приглашение. Встреча с Путиным продлилась три часа. В. В. Путин подписал указ. Затем Владимир Путин выступил в Москве.',
    entities: [
      ['person', 'Путина', 'Владимир Путин'], ['percent', '16%', '16%'], ['person', 'Путину', 'Владимир Путин'], ['person', 'Путиным', 'Владимир Путин'],
      ['person', 'В. В. Путин', 'Владимир Путин'], ['person', 'Владимир Путин', 'Владимир Путин'], ['place', 'Москве', 'Москва'],
    ],
  },
  {
    lang: 'ru',
    text: 'В. В. Путин подписал указ. Путину передали приглашение.',
    entities: [['person', 'В. В. Путин', 'В. В. Путин'], ['person', 'Путину', 'В. В. Путин']],
  },
  {
    lang: 'ru',
    text: 'Глава МИД Сергей Лавров заявил, что Москва выделит 100 млн рублей. Представители Министерства иностранных дел Грузии отказались от комментариев.',
    entities: [['org', 'МИД', 'МИД'], ['person', 'Сергей Лавров', 'Сергей Лавров'], ['place', 'Москва', 'Москва'], ['money', '100 млн рублей', '100 млн рублей'], ['org', 'Министерства иностранных дел', 'Министерство иностранных дел'], ['place', 'Грузии', 'Грузия']],
  },
  {
    lang: 'ru',
    text: 'Мария Захарова встретилась с послом Италии. Захаровой передали ноту. Газпром сообщил о росте добычи на 5 процентов в 2023 году.',
    entities: [['person', 'Мария Захарова', 'Мария Захарова'], ['place', 'Италии', 'Италия'], ['person', 'Захаровой', 'Мария Захарова'], ['org', 'Газпром', 'Газпром'], ['percent', '5 процентов', '5 процентов'], ['date', '2023 году', '2023 году']],
  },
  {
    lang: 'ru',
    text: 'Сотрудники «Роснефти» и представители ООН осмотрели район Тверской площади, где собрались 300 человек.',
    entities: [['org', 'Роснефти', 'Роснефть'], ['org', 'ООН', 'ООН'], ['place', 'Тверской площади', 'Тверская площадь'], ['quantity', '300 человек', '300 человек']],
  },
  {
    lang: 'ru',
    text: 'Дмитрий Песков прокомментировал заявление Эммануэля Макрона. Пескову задали вопрос о Макроне.',
    entities: [['person', 'Дмитрий Песков', 'Дмитрий Песков'], ['person', 'Эммануэля Макрона', 'Эммануэль Макрон'], ['person', 'Пескову', 'Дмитрий Песков'], ['person', 'Макроне', 'Эммануэль Макрон']],
  },
];

/**
 * Written after the rules were tuned on ENTITY_CASES, in the manner of newswire sentences scored one at a
 * time (no article around them), and scored as first written.
 */
export const HELD_OUT_ENTITY_CASES: EntityCase[] = [
  { lang: 'en', text: 'Werner Zwingmann, a spokesman for the European Commission, said the ban would stay in place until March.', entities: [['person', 'Werner Zwingmann', 'Werner Zwingmann'], ['org', 'European Commission', 'European Commission'], ['date', 'March', 'March']] },
  { lang: 'en', text: 'Shares in Rolls-Royce fell 4 percent in London after the engine maker cut its forecast.', entities: [['org', 'Rolls-Royce', 'Rolls-Royce'], ['percent', '4 percent', '4 percent'], ['place', 'London', 'London']] },
  { lang: 'en', text: 'Real Madrid beat Bayern Munich 2-1 at the Santiago Bernabeu on Wednesday.', entities: [['org', 'Real Madrid', 'Real Madrid'], ['org', 'Bayern Munich', 'Bayern Munich'], ['place', 'Santiago Bernabeu', 'Santiago Bernabeu'], ['date', 'Wednesday', 'Wednesday']] },
  { lang: 'en', text: 'Prime Minister Keir Starmer will travel to Washington next week to meet President Donald Trump.', entities: [['person', 'Keir Starmer', 'Keir Starmer'], ['place', 'Washington', 'Washington'], ['person', 'Donald Trump', 'Donald Trump']] },
  { lang: 'en', text: 'The International Atomic Energy Agency said its inspectors had left the Zaporizhzhia plant.', entities: [['org', 'International Atomic Energy Agency', 'International Atomic Energy Agency'], ['place', 'Zaporizhzhia', 'Zaporizhzhia']] },
  { lang: 'en', text: 'Toyota Motor Corp sold 10.3 million vehicles last year, ahead of Volkswagen.', entities: [['org', 'Toyota Motor Corp', 'Toyota Motor Corp'], ['quantity', '10.3 million vehicles', '10.3 million vehicles'], ['org', 'Volkswagen', 'Volkswagen']] },
  { lang: 'en', text: 'Protesters gathered outside the parliament in Tbilisi, Georgia, on Sunday evening.', entities: [['place', 'Tbilisi', 'Tbilisi'], ['place', 'Georgia', 'Georgia'], ['date', 'Sunday', 'Sunday']] },
  { lang: 'en', text: 'Amnesty International accused the authorities in Minsk of torturing detainees.', entities: [['org', 'Amnesty International', 'Amnesty International'], ['place', 'Minsk', 'Minsk']] },
  { lang: 'en', text: 'Chancellor Friedrich Merz and French President Emmanuel Macron held talks in Berlin.', entities: [['person', 'Friedrich Merz', 'Friedrich Merz'], ['person', 'Emmanuel Macron', 'Emmanuel Macron'], ['place', 'Berlin', 'Berlin']] },
  { lang: 'en', text: 'The World Bank lent Pakistan $1.5 billion to rebuild after the floods in Sindh.', entities: [['org', 'World Bank', 'World Bank'], ['place', 'Pakistan', 'Pakistan'], ['money', '$1.5 billion', '$1.5 billion'], ['place', 'Sindh', 'Sindh']] },
  { lang: 'en', text: 'Novak Djokovic won his 24th Grand Slam title at Flushing Meadows.', entities: [['person', 'Novak Djokovic', 'Novak Djokovic'], ['place', 'Flushing Meadows', 'Flushing Meadows']] },
  { lang: 'en', text: 'Microsoft agreed to buy Activision Blizzard for $69 billion in January 2022.', entities: [['org', 'Microsoft', 'Microsoft'], ['org', 'Activision Blizzard', 'Activision Blizzard'], ['money', '$69 billion', '$69 billion'], ['date', 'January 2022', 'January 2022']] },
  { lang: 'ru', text: 'Глава Сбербанка Герман Греф заявил, что прибыль банка выросла на 12%.', entities: [['org', 'Сбербанка', 'Сбербанк'], ['person', 'Герман Греф', 'Герман Греф'], ['percent', '12%', '12%']] },
  { lang: 'ru', text: 'Футболисты «Зенита» обыграли «Спартак» со счетом 2:1 на стадионе в Санкт-Петербурге.', entities: [['org', 'Зенита', 'Зенит'], ['org', 'Спартак', 'Спартак'], ['place', 'Санкт-Петербурге', 'Санкт-Петербург']] },
  { lang: 'ru', text: 'Губернатор Белгородской области Вячеслав Гладков сообщил о повреждении линии электропередачи.', entities: [['place', 'Белгородской области', 'Белгородская область'], ['person', 'Вячеслав Гладков', 'Вячеслав Гладков']] },
  { lang: 'ru', text: 'Госдума приняла закон в третьем чтении, сообщает «Интерфакс».', entities: [['org', 'Госдума', 'Госдума'], ['org', 'Интерфакс', 'Интерфакс']] },
  { lang: 'ru', text: 'Министр обороны Андрей Белоусов посетил Новосибирск и Омск.', entities: [['person', 'Андрей Белоусов', 'Андрей Белоусов'], ['place', 'Новосибирск', 'Новосибирск'], ['place', 'Омск', 'Омск']] },
  { lang: 'ru', text: 'Компания «Яндекс» открыла офис в Ереване, где будут работать 200 человек.', entities: [['org', 'Яндекс', 'Яндекс'], ['place', 'Ереване', 'Ереван'], ['quantity', '200 человек', '200 человек']] },
];
