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
