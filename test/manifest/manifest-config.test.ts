/* manifest.xml is hand-written; every value it shares with manifest.json comes from manifest.config.cjs
 * and must be equal here, so that the two manifests describe the same add-in. */
import { config, DEV_BASE_URL, xml } from "./manifests";

const url = (relative: string) => new URL(relative, DEV_BASE_URL).href;
const LANGUAGES = ["en", "ja-jp", "zh-cn"];
/** The languages of a config string, each of which must be in the XML too. */
const only = (strings: Record<string, string>) =>
  Object.fromEntries(LANGUAGES.filter((l) => strings[l]).map((l) => [l, strings[l]]));

describe("manifest.xml agrees with manifest.config.cjs", () => {
  test("id, version, provider and default locale", () => {
    expect(xml.id).toBe(config.xmlId);
    expect(xml.version).toBe(`${config.version}.0`);
    expect(xml.provider).toBe(config.provider);
    expect(xml.defaultLocale).toBe(config.defaultLocale);
  });

  test("display name and description in every locale", () => {
    expect(config.locales).toEqual(["ja-jp", "zh-cn"]);
    expect(xml.displayName).toEqual(only(config.strings.displayName));
    expect(xml.description).toEqual(only(config.strings.description));
  });

  test("ribbon, get-started and namespace strings in every locale", () => {
    const s = config.strings;
    expect(xml.resource.get("GetStarted.Title")).toEqual(only(s.getStartedTitle));
    expect(xml.resource.get("GetStarted.Description")).toEqual(only(s.getStartedDescription));
    expect(xml.groupLabel).toEqual(only(s.groupLabel));
    expect(xml.resource.get("PaneButton.Label")).toEqual(only(s.paneButtonLabel));
    expect(xml.resource.get("PaneButton.Tooltip")).toEqual(only(s.paneButtonTooltip));
    expect(xml.resource.get("Functions.Namespace")).toEqual({ en: config.functionsNamespace });
  });

  test("pages, scripts and function metadata per locale", () => {
    expect(xml.resource.get("Taskpane.Url")).toEqual({ en: url(config.urls.taskpane) });
    expect(xml.resource.get("Functions.Script.Url")).toEqual({
      en: url(config.urls.functionsScript),
    });
    const metadata = Object.fromEntries(
      Object.entries(config.urls.functionsMetadata as Record<string, string>).map(([l, f]) => [
        l,
        url(f),
      ])
    );
    expect(xml.resource.get("Functions.Metadata.Url")).toEqual(metadata);
    expect(xml.supportUrl).toBe(url(config.urls.support));
    expect(xml.resource.get("GetStarted.LearnMoreUrl")).toEqual({ en: url(config.urls.support) });
  });

  test("icons, requirement sets, permissions and ribbon ids", () => {
    expect(xml.iconUrl).toBe(url(config.icons.addin[32]));
    expect(xml.highResolutionIconUrl).toBe(url(config.icons.addin[64]));
    const ribbon = Object.fromEntries(
      Object.entries(config.icons.ribbon as Record<string, string>).map(([size, p]) => [
        size,
        url(p),
      ])
    );
    expect(xml.groupIcons).toEqual(ribbon);
    expect(xml.buttonIcons).toEqual(ribbon);
    expect(xml.requirementSets).toEqual(config.requirementSets);
    expect(xml.permissions).toBe(config.permissions.xml);
    expect(xml.tabId).toBe(config.ribbon.builtInTab);
    expect(xml.groupId).toBe(config.ribbon.groupId);
    expect(xml.buttonId).toBe(config.ribbon.buttonId);
  });
});
