import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type FormSettings, OptionsForm, siteName } from '../../../components/OptionsForm';
import { DEFAULT_SETTINGS } from '../../../page/settings';
import { click, mount } from './render';
import { t } from './translate';

const SITES = ['https://*.reuters.com/*', 'http://127.0.0.1/*'];

function form(settings: FormSettings = DEFAULT_SETTINGS, added: string[] = [], addError = '') {
  const onChange = vi.fn();
  const onAddSite = vi.fn();
  const onRemoveSite = vi.fn();
  const root = mount(
    <OptionsForm
      settings={settings}
      defaultSites={SITES}
      addedSites={added}
      onChange={onChange}
      onAddSite={onAddSite}
      onRemoveSite={onRemoveSite}
      status=""
      addError={addError}
      t={t}
    />,
  );
  const input = (selector: string) => root.querySelector(selector) as HTMLInputElement;
  return { root, input, onChange, onAddSite, onRemoveSite };
}

describe('OptionsForm', () => {
  it('names each default site as a reader would', () => {
    expect(siteName('https://*.reuters.com/*')).toBe('reuters.com');
    expect(siteName('http://127.0.0.1/*')).toBe('127.0.0.1');
    const { root } = form();
    expect(root.querySelector('input[name="site"]')?.closest('label')?.textContent?.trim()).toBe(
      'reuters.com',
    );
  });

  it('pauses a default site when it is unticked, and resumes it when ticked', () => {
    const { input, onChange } = form();
    click(input('input[value="http://127.0.0.1/*"]'));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      pausedSites: ['http://127.0.0.1/*'],
    });
    const paused = form({ ...DEFAULT_SETTINGS, pausedSites: ['http://127.0.0.1/*'] });
    expect(paused.input('input[value="http://127.0.0.1/*"]').checked).toBe(false);
    click(paused.input('input[value="http://127.0.0.1/*"]'));
    expect(paused.onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });

  it('changes the style, the verdicts and the headline setting', () => {
    const { input, onChange } = form();
    click(input('input[name="style"][value="hover"]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, style: 'hover' });
    click(input('input[name="verdict"][value="corroborated"]'));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      verdicts: ['disputed', 'contradicted', 'single-source'],
    });
    click(input('input[name="headlines"]'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, headlines: false });
  });

  it('lists added sites with a named Remove button, and passes a typed address on', () => {
    const { root, input, onAddSite, onRemoveSite } = form(DEFAULT_SETTINGS, [
      'https://news.example',
    ]);
    const remove = root.querySelector('.cl-options__sites button');
    expect(remove?.textContent).toBe('Remove https://news.example');
    click(remove);
    expect(onRemoveSite).toHaveBeenCalledWith('https://news.example');
    const field = input('input[type="url"]');
    act(() => {
      field.value = ' example.org ';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const buttons = root.querySelectorAll('button');
    click(buttons[buttons.length - 1]);
    expect(onAddSite).toHaveBeenCalledWith('example.org');
  });

  it('adds the typed site on Enter in the field, as the button does', () => {
    const { input, onAddSite } = form();
    const field = input('input[type="url"]');
    act(() => {
      field.value = 'news.example';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => {
      field.dispatchEvent(enter);
    });
    expect(onAddSite).toHaveBeenCalledWith('news.example');
    expect(enter.defaultPrevented).toBe(true);
  });

  it('shows why an address was not added under its field, tied to it', () => {
    const clean = form().input('input[type="url"]');
    expect(clean.getAttribute('aria-invalid')).toBeNull();
    expect(clean.getAttribute('aria-describedby')).toBeNull();
    const { root, input } = form(DEFAULT_SETTINGS, [], 'That is not an address.');
    const field = input('input[type="url"]');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`[id="${field.getAttribute('aria-describedby')}"]`);
    expect(error?.textContent).toBe('That is not an address.');
    expect(error?.closest('fieldset')).toBe(field.closest('fieldset'));
  });

  it('labels every control (each input sits in a label or has one by id)', () => {
    const { root } = form();
    for (const el of Array.from(root.querySelectorAll('input'))) {
      const labelled = !!el.closest('label') || !!root.querySelector(`label[for="${el.id}"]`);
      expect(labelled, el.outerHTML).toBe(true);
    }
    expect(root.querySelectorAll('fieldset > legend')).toHaveLength(5);
  });
});
