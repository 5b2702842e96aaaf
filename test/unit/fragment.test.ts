import { expect } from '@open-wc/testing';
import { fragmentPart, withFragmentPart } from '../../src/model/fragment.js';

describe('fragmentPart()', () => {
  it('fragmentPart() reads the value of its key among other parts', () => {
    expect(fragmentPart('#intro&tl1=arrest-minsk&tl2=pardon-decree', 'tl1')).to.equal('arrest-minsk');
    expect(fragmentPart('#intro&tl1=arrest-minsk&tl2=pardon-decree', 'tl2')).to.equal('pardon-decree');
  });

  it('fragmentPart() is undefined without a part of that key, whatever else the fragment holds', () => {
    expect(fragmentPart('', 'tl1')).to.equal(undefined);
    expect(fragmentPart('#', 'tl1')).to.equal(undefined);
    expect(fragmentPart('#tl1', 'tl1')).to.equal(undefined);
    expect(fragmentPart('#tl10=a', 'tl1')).to.equal(undefined);
  });

  it('fragmentPart() decodes percent-escapes in keys and values, and reads a stray % as written', () => {
    expect(fragmentPart('#my%20timeline=a%26b%3Dc', 'my timeline')).to.equal('a&b=c');
    expect(fragmentPart('#t=100%', 't')).to.equal('100%');
  });
});

describe('withFragmentPart()', () => {
  it('withFragmentPart() adds its part at the end, keeping the page\'s own parts', () => {
    expect(withFragmentPart('', 'tl1', 'arrest-minsk')).to.equal('#tl1=arrest-minsk');
    expect(withFragmentPart('#intro', 'tl1', 'arrest-minsk')).to.equal('#intro&tl1=arrest-minsk');
  });

  it('withFragmentPart() replaces its part in its place, and leaves another timeline\'s alone', () => {
    expect(withFragmentPart('#tl1=a&tl2=b&x', 'tl1', 'c')).to.equal('#tl1=c&tl2=b&x');
    expect(withFragmentPart('#tl1=a&tl2=b', 'tl2', 'd')).to.equal('#tl1=a&tl2=d');
  });

  it('withFragmentPart() takes its part out for no value, and leaves no empty fragment', () => {
    expect(withFragmentPart('#intro&tl1=a', 'tl1', undefined)).to.equal('#intro');
    expect(withFragmentPart('#tl1=a', 'tl1', undefined)).to.equal('');
    expect(withFragmentPart('#intro', 'tl1', undefined)).to.equal('#intro');
  });

  it('withFragmentPart() encodes what would break the fragment, and reads back what it wrote', () => {
    const hash = withFragmentPart('#intro', 'tl 1', 'a&b=c#d');
    expect(hash).to.equal('#intro&tl%201=a%26b%3Dc%23d');
    expect(fragmentPart(hash, 'tl 1')).to.equal('a&b=c#d');
  });
});
