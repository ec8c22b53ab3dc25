/**
 * A review written for the tests and a syndicated copy of it: the same text on another site, with that site's
 * line of boilerplate and a few words edited by its copy desk. Their word 5-shingle Jaccard similarity is 0.82,
 * above the 0.8 at which a copy counts as a duplicate; OTHER_REVIEW is a different review of the same
 * film that shares its subject and some phrases, far below it.
 */

export const ORIGINAL_REVIEW = [
  'The Lighthouse Keeper is a small film that knows exactly how small it is, and it turns that modesty into a kind',
  'of courage. Over ninety minutes we watch a retired ferry pilot take charge of a decommissioned light on a rocky',
  'island, where nothing happens except weather, tea, and the slow return of a daughter he has not seen in years.',
  'The director keeps the camera at a patient distance, letting the wind do most of the talking, and the actors',
  'answer it with glances rather than speeches. When the storm finally arrives in the last act it is not a twist',
  'but a reckoning, and the film earns every minute of its quiet build. There are flaws: a subplot about a lost',
  'dog goes nowhere, and the score leans on the same four notes until you could hum them in your sleep. But the',
  'central performance is a marvel of restraint, a man holding his whole life behind his teeth, and the final',
  'image, a lamp turning over a black sea, stays with you for days. It is the rare drama that trusts its',
  'audience to sit still, and it rewards that trust generously. Seek it out on the biggest screen you can find,',
  'and bring someone you have not called in a while.',
].join(' ');

export const SYNDICATED_REVIEW = [
  'This review first appeared in The Harbour Gazette and is republished with permission.',
  '',
  ORIGINAL_REVIEW.replace('Over ninety minutes', 'Across ninety minutes')
    .replace('a decommissioned light', 'a disused light')
    .replace('stays with you for days', 'stays with you for weeks'),
].join('\n');

export const OTHER_REVIEW = [
  'The Lighthouse Keeper is a small film, and a slow one, about a retired ferry pilot who takes charge of a light',
  'on a rocky island. I admired its patience more than I enjoyed it. The storm in the last act is well staged,',
  'the score repeats itself, and the subplot about a lost dog goes nowhere, but the lead performance holds it',
  'together and the final image of a lamp turning over a black sea is lovely.',
].join(' ');
