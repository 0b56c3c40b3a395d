/** A refusal told as brushing a demand aside or off (data/vocabulary.json, `refuse`). */
import { describeWordings } from './story-sentence';

describeWordings('a demand brushed aside is refused', [
  [
    'brushed aside every demand',
    'Critics said Washington had brushed aside every call to take its soldiers home.',
    '2024-10-20',
    'us-refused-to-withdraw',
  ],
  [
    'brushes off the request',
    'The United States brushes off the request to pull its troops out of Iraq.',
    '2024-10-20',
    'us-refused-to-withdraw',
  ],
]);
