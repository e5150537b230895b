using Movement.Core.Schema;
using Movement.Site.Content;
using Movement.Site.Content.Members;
using Movement.Site.Settings;

namespace Movement.Site.Cms;

/// <summary>
/// The Decap CMS configuration (also read by Sveltia CMS), made from the content types: one collection
/// per type, one widget per schema field, with the schema's required flags and allowed values. Edits go
/// through GitHub with the editorial workflow, so each one is a branch and a pull request.
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
            // Only used when the CMS runs on localhost, with 'npx decap-server' in the repository.
            ["local_backend"] = true,
            ["site_url"] = settings.BaseUrl,
            ["display_url"] = settings.BaseUrl,
            ["show_preview_links"] = true,
            ["locale"] = "en",
            ["media_folder"] = $"{CmsCollections.InputFolder}/{UploadsFolder}",
            ["public_folder"] = "/" + UploadsFolder,
            ["collections"] = types.All.SelectMany(type => CmsCollections.For(type, years).Select(place => Collection(type, place))).ToList(),
        };
        return config;
    }

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

        var fields = type.Schema.Fields.Select(Widget).ToList();
        if (isMarkdown)
        {
            fields.Add(new OrderedDictionary<string, object> { ["name"] = "body", ["label"] = "Text", ["widget"] = "markdown", ["required"] = false });
        }

        collection["fields"] = fields;
        return collection;
    }

    private OrderedDictionary<string, object> Widget(FieldDefinition field)
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
                widget["fields"] = field.Fields.Select(Widget).ToList();
                break;
        }

        widget["required"] = field.IsRequired;
        if (field.Description.Length > 0)
        {
            widget["hint"] = field.Description;
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
