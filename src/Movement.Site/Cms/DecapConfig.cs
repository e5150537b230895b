using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Settings;

namespace Movement.Site.Cms;

/// <summary>
/// The editing UI's configuration, in the format Decap CMS defined and Sveltia CMS (which /admin/ loads) reads,
/// made from the content types: one collection per type, one widget per schema field, with the schema's required
/// flags and allowed values, and with two languages, the pairing rule and what each field does in a translation.
/// Edits go through GitHub with the editorial workflow, so each one is a branch and a pull request.
/// </summary>
public sealed class DecapConfig(SiteSettings settings, ContentTypes types, IReadOnlyList<string> years)
{
    /// <summary>Where editors' uploads go when a type does not say: a folder of its own, copied to the site as is.</summary>
    private const string UploadsFolder = "files/uploads";

    public OrderedDictionary<string, object> Build()
    {
        var config = new OrderedDictionary<string, object>
        {
            ["backend"] = new OrderedDictionary<string, object>
            {
                ["name"] = "github",
                ["repo"] = settings.Repository ?? "OWNER/REPOSITORY",
                ["branch"] = "main",
                ["commit_messages"] = new OrderedDictionary<string, object>
                {
                    ["create"] = "Create {{collection}} '{{slug}}'",
                    ["update"] = "Update {{collection}} '{{slug}}'",
                    ["delete"] = "Delete {{collection}} '{{slug}}'",
                    ["uploadMedia"] = "Upload '{{path}}'",
                    ["deleteMedia"] = "Delete '{{path}}'",
                },
            },
            ["publish_mode"] = "editorial_workflow",
            ["site_url"] = settings.BaseUrl,
            ["display_url"] = settings.BaseUrl,
            ["show_preview_links"] = true,
            // An optional field left empty is left out of the file, as an author writing by hand would:
            // "status: ''" would not be a status, and "updated: ''" not a date.
            ["output"] = new OrderedDictionary<string, object> { ["omit_empty_optional_fields"] = true },
            ["media_folder"] = $"{CmsCollections.InputFolder}/{UploadsFolder}",
            ["public_folder"] = "/" + UploadsFolder,
            ["collections"] = types.All.SelectMany(type => CmsCollections.For(type, years).Select(place => Collection(type, place))).ToList(),
        };
        if (Translated)
        {
            config.Insert(config.IndexOf("collections"), "i18n", I18n());
        }

        return config;
    }

    /// <summary>Switches that are on when a file leaves them out.</summary>
    private static readonly string[] TrueUnlessFalse = ["search"];

    /// <summary>Whether editors write pages in more than one language (site.yml 'languages').</summary>
    private bool Translated => settings.Languages.Count > 1;

    /// <summary>
    /// Movement's pairing rule in the editors' words: "multiple_files" is x.md beside x.cy.md, and the English file
    /// keeps its name (x.md, not x.en.md) because English, the default locale, is left out of file paths. A new item
    /// starts in English alone, and an editor adds its Welsh when ready, unless site.yml requires every translation.
    /// </summary>
    private OrderedDictionary<string, object> I18n() => new()
    {
        ["structure"] = "multiple_files",
        ["locales"] = settings.Languages.ToList(),
        ["default_locale"] = Languages.Language.English,
        // Sveltia CMS's name; its older name, omit_default_locale_from_filename, is deprecated.
        ["omit_default_locale_from_file_path"] = true,
        ["initial_locales"] = settings.Untranslated == Languages.UntranslatedPolicy.Fail ? "all" : "default",
    };

    private OrderedDictionary<string, object> Collection(ContentType type, CmsCollection place)
    {
        var isMarkdown = place.Extension == "md";
        var collection = new OrderedDictionary<string, object>
        {
            ["name"] = place.Part is { } part ? $"{type.Name}-{part.Name}" : type.Name,
            ["label"] = place.Part is { } labelled ? $"{type.Label}s {labelled.Label}" : type.Label,
            ["label_singular"] = type.Label,
            ["folder"] = place.Folder,
            ["path"] = place.Path,
            ["create"] = true,
            ["extension"] = place.Extension,
            ["format"] = isMarkdown ? "frontmatter" : "yml",
            ["slug"] = place.Slug,
            ["identifier_field"] = type.Schema.Find("title") is not null ? "title" : "name",
            ["preview_path"] = place.PreviewPath,
        };
        if (place.MediaFolder is not null)
        {
            collection["media_folder"] = place.MediaFolder;
            collection["public_folder"] = place.PublicFolder ?? "";
        }

        // Member records are one file in English only: they have no translations.
        var translated = Translated && isMarkdown;
        if (translated)
        {
            collection["i18n"] = true;
        }

        var fields = type.Schema.Fields.Select(f => Widget(f, translated)).ToList();
        if (isMarkdown)
        {
            var body = new OrderedDictionary<string, object> { ["name"] = "body", ["label"] = "Text", ["widget"] = "markdown", ["required"] = false };
            if (translated)
            {
                body["i18n"] = true;
            }

            fields.Add(body);
        }

        collection["fields"] = fields;
        return collection;
    }

    private OrderedDictionary<string, object> Widget(FieldDefinition field, bool translated)
    {
        var widget = new OrderedDictionary<string, object> { ["name"] = field.Name, ["label"] = field.Label };
        switch (field.Kind)
        {
            case FieldKind.Text:
                widget["widget"] = "string";
                break;
            case FieldKind.LongText:
                widget["widget"] = "text";
                break;
            case FieldKind.Date:
                widget["widget"] = "datetime";
                widget["format"] = "YYYY-MM-DD";
                widget["date_format"] = "YYYY-MM-DD";
                widget["time_format"] = false;
                break;
            case FieldKind.DateTime:
                widget["widget"] = "datetime";
                widget["format"] = "YYYY-MM-DD HH:mm";
                widget["date_format"] = "YYYY-MM-DD";
                widget["time_format"] = "HH:mm";
                break;
            case FieldKind.Boolean:
                widget["widget"] = "boolean";
                if (TrueUnlessFalse.Contains(field.Name))
                {
                    // The editor writes an untouched switch as false: without this, saving a page would hide it from search.
                    widget["default"] = true;
                }

                break;
            case FieldKind.Integer:
                widget["widget"] = "number";
                widget["value_type"] = "int";
                break;
            case FieldKind.Url:
                widget["widget"] = "string";
                widget["pattern"] = new List<object> { "^https?://", "A full web address, starting with https://" };
                break;
            case FieldKind.File:
                widget["widget"] = field.Name is "image" or "logo" ? "image" : "file";
                break;
            case FieldKind.Choice:
                widget["widget"] = "select";
                widget["options"] = Options(field);
                break;
            case FieldKind.ChoiceList:
                widget["widget"] = "select";
                widget["multiple"] = true;
                widget["options"] = Options(field);
                break;
            case FieldKind.TextList:
                widget["widget"] = "list";
                break;
            case FieldKind.ObjectList:
                widget["widget"] = "list";
                widget["fields"] = field.Fields.Select(f => Widget(f, translated)).ToList();
                break;
        }

        widget["required"] = field.IsRequired;
        if (field.Description.Length > 0)
        {
            widget["hint"] = field.Description;
        }

        if (translated)
        {
            widget["i18n"] = FieldTranslation.For(field);
        }

        return widget;
    }

    /// <summary>Allowed values with the names editors know: "Northern Ireland" for northern-ireland, topic titles for topic ids.</summary>
    private List<object> Options(FieldDefinition field) => field.Choices.Select(value => (object)new OrderedDictionary<string, object>
    {
        ["label"] = field.Name switch
        {
            "nations" => Nations.NameOf(value),
            "topics" => settings.TopicTitle(value),
            "type" => MemberTypes.NameOf(value),
            "government" => Content.Tracker.Governments.NameOf(value),
            "commitment" or "delivery" => Content.Tracker.Positions.NameOf(value),
            _ => value,
        },
        ["value"] = value,
    }).ToList();
}
