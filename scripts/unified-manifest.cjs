/* The unified manifest for Microsoft 365 (manifest.json) and its Japanese and Chinese localization files,
 * generated from manifest.config.cjs (the values manifest.xml shares) and the built functions.json.
 *
 * Custom functions in the unified manifest: extensions[0].runtimes[].customFunctions with the namespace,
 * the functions and metadataUrl (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json and
 * .../develop/convert-xml-to-json-manifest, "Special considerations when converting an add-in with custom
 * functions"). metadataUrl is localized like the XML manifest's Functions.Metadata.Url override, so
 * Japanese and Chinese Excel get functions-ja.json and functions-zh.json; the localization schema limits
 * per-function keys to the first ten functions, so the functions themselves are not localized here.
 */
"use strict";

const FUNCTION_FLAGS = [
  "stream",
  "volatile",
  "cancelable",
  "requiresAddress",
  "requiresParameterAddress",
  "requiresStreamAddress",
  "requiresStreamParameterAddresses",
  "capturesCallingObject",
  "excludeFromAutoComplete",
  "linkedEntityLoadService",
];
const PARAMETER_FIELDS = ["name", "description", "type", "dimensionality", "optional", "repeating"];

const RUNTIME_ID = "SharedRuntime";
const SHOW_PANE_ACTION = "ShowTaskpane";

/** Name of the localization file of a language in the app package (and in dist/). */
const localizationFile = (language) => `manifest-${language}.json`;

const pick = (object, keys) =>
  Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]]));

/** A function of functions.json in the shape of the unified manifest's extensionFunction. */
function toManifestFunction(fn) {
  return {
    id: fn.id,
    name: fn.name,
    ...pick(fn, ["description", "helpUrl"]),
    parameters: fn.parameters.map((p) => pick(p, PARAMETER_FIELDS)),
    result: pick(fn.result ?? {}, ["dimensionality"]),
    ...pick(fn.options ?? {}, FUNCTION_FLAGS),
  };
}

/**
 * Files of the unified manifest: { "manifest.json": object, "manifest-ja-jp.json": object, … }.
 * baseUrl: the deployment base URL, ending in "/". functionsMetadata: the parsed English functions.json.
 */
function unifiedManifestFiles(config, baseUrl, functionsMetadata) {
  const url = (relative) => new URL(relative, baseUrl).href;
  const s = config.strings;
  const icon = (size, path) => ({ size: Number(size), url: url(path) });
  const ribbonIcons = Object.entries(config.icons.ribbon).map(([size, path]) => icon(size, path));
  const capabilities = config.requirementSets.map(({ name, minVersion }) => ({ name, minVersion }));
  const hide = config.marketplaceAssetId
    ? { storeOfficeAddin: { officeAddinId: config.xmlId, assetId: config.marketplaceAssetId } }
    : { customOfficeAddin: { officeAddinId: config.xmlId } };
  const [[smallSize, small], [largeSize, large]] = Object.entries(config.icons.addin);

  const manifest = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${config.manifestVersion}/MicrosoftTeams.schema.json`,
    manifestVersion: config.manifestVersion,
    version: config.version,
    id: config.unifiedId,
    localizationInfo: {
      defaultLanguageTag: config.defaultLocale.toLowerCase(),
      additionalLanguages: config.locales.map((language) => ({
        languageTag: language,
        file: localizationFile(language),
      })),
    },
    developer: {
      name: config.provider,
      websiteUrl: url(config.urls.support),
      privacyUrl: url(config.urls.privacy),
      termsOfUseUrl: url(config.urls.terms),
    },
    name: { short: s.displayName.en, full: s.fullName.en },
    description: { short: s.shortDescription.en, full: s.description.en },
    icons: { outline: config.icons.outline.file, color: config.icons.color.file },
    accentColor: config.accentColor,
    validDomains: [new URL(baseUrl).host],
    authorization: {
      permissions: {
        resourceSpecific: [{ name: config.permissions.unified, type: "Delegated" }],
      },
    },
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities },
        runtimes: [
          {
            requirements: { capabilities },
            id: RUNTIME_ID,
            type: "general",
            code: { page: url(config.urls.taskpane), script: url(config.urls.functionsScript) },
            // One long-lived runtime: the task pane page also hosts the functions and the commands.
            lifetime: "long",
            actions: [{ id: SHOW_PANE_ACTION, type: "openPage" }],
            customFunctions: {
              namespace: { id: config.functionsNamespace, name: config.functionsNamespace },
              functions: functionsMetadata.functions.map(toManifestFunction),
              metadataUrl: url(config.urls.functionsMetadata.en),
              ...pick(functionsMetadata, ["allowCustomDataForDataTypeAny"]),
            },
          },
        ],
        ribbons: [
          {
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: config.ribbon.builtInTab,
                groups: [
                  {
                    id: config.ribbon.groupId,
                    label: s.groupLabel.en,
                    icons: ribbonIcons,
                    controls: [
                      {
                        id: config.ribbon.buttonId,
                        type: "button",
                        label: s.paneButtonLabel.en,
                        icons: ribbonIcons,
                        supertip: {
                          title: s.paneButtonLabel.en,
                          description: s.paneButtonTooltip.en,
                        },
                        actionId: SHOW_PANE_ACTION,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: s.getStartedTitle.en,
            description: s.getStartedDescription.en,
            learnMoreUrl: url(config.urls.support),
          },
        ],
        alternates: [
          {
            // Where both versions are installed, Office shows only this one (the XML add-in is hidden).
            hide,
            alternateIcons: {
              icon: icon(smallSize, small),
              highResolutionIcon: icon(largeSize, large),
            },
          },
        ],
      },
    ],
  };

  const files = { "manifest.json": manifest };
  const button = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
  for (const language of config.locales) {
    const text = (strings) => strings[language] ?? strings.en;
    files[localizationFile(language)] = {
      $schema: `https://developer.microsoft.com/json-schemas/teams/v${config.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
      "name.short": text(s.displayName),
      "name.full": text(s.fullName),
      "description.short": text(s.shortDescription),
      "description.full": text(s.description),
      "extensions[0].ribbons[0].tabs[0].groups[0].label": text(s.groupLabel),
      [`${button}.label`]: text(s.paneButtonLabel),
      [`${button}.supertip.title`]: text(s.paneButtonLabel),
      [`${button}.supertip.description`]: text(s.paneButtonTooltip),
      "extensions[0].getStartedMessages[0].title": text(s.getStartedTitle),
      "extensions[0].getStartedMessages[0].description": text(s.getStartedDescription),
      "extensions[0].runtimes[0].customFunctions.metadataUrl": url(
        config.urls.functionsMetadata[language]
      ),
    };
  }
  return files;
}

/** A webpack plugin that emits manifest.json and its localization files next to functions.json. */
class UnifiedManifestPlugin {
  constructor(config, baseUrl) {
    this.config = config;
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("UnifiedManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "UnifiedManifestPlugin",
          // After LocalizedFunctionsMetadataPlugin has given functions.json its help URLs.
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 2,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const files = unifiedManifestFiles(this.config, this.baseUrl, metadata);
          for (const [name, content] of Object.entries(files)) {
            const source = new RawSource(`${JSON.stringify(content, null, 2)}\n`);
            if (compilation.getAsset(name)) compilation.updateAsset(name, source);
            else compilation.emitAsset(name, source);
          }
        }
      );
    });
  }
}

module.exports = { unifiedManifestFiles, localizationFile, UnifiedManifestPlugin };
