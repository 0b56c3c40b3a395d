import { describe, expect, it, vi } from 'vitest';
import { SiteSwitch } from '../../../components/SiteSwitch';
import { click, mount } from './render';
import { t } from './translate';

describe('SiteSwitch', () => {
  it('is a labelled switch showing the current state', () => {
    const root = mount(<SiteSwitch site="reuters.com" on={true} onToggle={() => {}} t={t} />);
    const input = root.querySelector('input') as HTMLInputElement;
    expect(input.getAttribute('role')).toBe('switch');
    expect(input.checked).toBe(true);
    expect(root.querySelector('label')?.textContent).toBe('Claimlight on reuters.com');
  });

  it('reports the state the reader asked for', () => {
    const onToggle = vi.fn();
    const root = mount(<SiteSwitch site="bbc.com" on={true} onToggle={onToggle} t={t} />);
    click(root.querySelector('input'));
    expect(onToggle).toHaveBeenCalledWith(false);
  });
});
