using Movement.Core.Diagnostics;
using Movement.Core.IO;
using Movement.Core.Schema;
using Movement.Core.Yaml;
using Movement.Testing;

namespace Movement.Core.Tests.Schema;

public class SchemaValidatorTests
{
    private static readonly ContentSchema Schema = new("test", "Test",
    [
        Field.Text("title", "Title").Required().WithExample("A title"),
        Field.Date("date", "Date").Required(),
        Field.ChoiceList("nations", "Nations", ["england", "scotland", "wales", "northern-ireland"]),
        Field.Url("website", "Website"),
        Field.DateTime("start", "Starts"),
        Field.File("file", "File"),
        Field.ObjectList("asks", "Asks", Field.Text("title", "Ask").Required(), Field.Text("detail", "Detail")),
    ]);

    private static (FieldValues Values, IReadOnlyList<Diagnostic> Diagnostics) Validate(string yaml, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var input = InMemoryFileSystem.FromText(files.Select(f => KeyValuePair.Create(f, "x")));
        var mapping = YamlLoader.LoadMapping(yaml, "briefs/x.md", 2, diagnostics)!;
        var values = new SchemaValidator(diagnostics, input).Validate(Schema, YamlToRaw.Convert(mapping, "briefs/x.md", 2), "briefs");
        return (values, diagnostics.ToList());
    }

    [Fact]
    public void Valid_fields_become_typed_values()
    {
        var (values, diagnostics) = Validate("title: T\ndate: 2024-03-19\nnations: [Wales, northern ireland]\nasks:\n  - title: Fund it\n");

        Assert.Empty(diagnostics);
        Assert.Equal("T", values.Text("title"));
        Assert.Equal(new DateOnly(2024, 3, 19), values.Date("date"));
        Assert.Equal(["wales", "northern-ireland"], values.TextList("nations"));
        Assert.Equal("Fund it", Assert.Single(values.Objects("asks")).Text("title"));
    }

    [Fact]
    public void A_missing_required_field_is_reported_with_an_example_in_the_hint()
    {
        var (_, diagnostics) = Validate("date: 2024-03-19\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("MV0101", error.Code);
        Assert.Contains("title: A title", error.Hint);
    }

    [Fact]
    public void An_impossible_date_names_the_month_length()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2025-02-31\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(("MV0104", 3), (error.Code, error.Location.Line));
        Assert.Contains("February 2025 has 28 days", error.Message);
    }

    [Fact]
    public void A_date_in_day_month_year_order_is_refused_with_the_right_format()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 31/02/2025\n");

        Assert.Equal("MV0104", Assert.Single(diagnostics).Code);
        Assert.Contains("2025-06-09", diagnostics[0].Hint);
    }

    [Fact]
    public void A_value_not_allowed_suggests_the_closest_one()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2024-01-01\nnations: [Walse]\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("MV0103", error.Code);
        Assert.Contains("Did you mean 'wales'?", error.Message);
    }

    [Fact]
    public void A_list_where_a_single_value_is_expected_is_a_type_error()
    {
        var (_, diagnostics) = Validate("title:\n  - A\n  - B\ndate: 2024-01-01\n");

        Assert.Contains(diagnostics, d => d.Code == "MV0102" && d.Location.Line == 3);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_a_suggestion()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2024-01-01\ntitel: X\n");

        var warning = Assert.Single(diagnostics);
        Assert.Equal((Severity.Warning, "MV0105"), (warning.Severity, warning.Code));
        Assert.Contains("Did you mean 'title'?", warning.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_and_an_existing_one_resolves_from_the_content_folder()
    {
        var (_, missing) = Validate("title: T\ndate: 2024-01-01\nfile: nope.pdf\n", "briefs/brief.pdf");
        var (values, found) = Validate("title: T\ndate: 2024-01-01\nfile: brief.pdf\n", "briefs/brief.pdf");

        Assert.Equal("MV0201", Assert.Single(missing).Code);
        Assert.Empty(found);
        Assert.Equal("briefs/brief.pdf", values.Text("file"));
    }

    [Fact]
    public void A_file_outside_the_input_folder_is_refused()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2024-01-01\nfile: ../../etc/passwd\n");

        Assert.Equal("MV0202", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_website_must_be_a_full_address()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2024-01-01\nwebsite: www.example.org\n");

        Assert.Equal("MV0106", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_required_field_inside_a_list_item_is_reported_with_the_item_number()
    {
        var (_, diagnostics) = Validate("title: T\ndate: 2024-01-01\nasks:\n  - detail: no title\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal("MV0101", error.Code);
        Assert.Contains("asks[1].title", error.Message);
    }

    [Theory]
    [InlineData("2025-02-12 10:00", 2025, 2, 12, "10:00")]
    [InlineData("2025-02-12T09:30", 2025, 2, 12, "09:30")]
    [InlineData("2025-02-12 9:30", 2025, 2, 12, "09:30")]
    [InlineData("2025-02-12", 2025, 2, 12, null)]
    public void A_date_and_time_is_read_with_or_without_its_time(string written, int year, int month, int day, string? time)
    {
        var (values, diagnostics) = Validate($"title: T\ndate: 2024-03-19\nstart: {written}\n");

        Assert.Empty(diagnostics);
        var start = values.DateAndTime("start")!.Value;
        Assert.Equal(new DateOnly(year, month, day), start.Date);
        Assert.Equal(time, start.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(time is null, start.IsAllDay);
    }

    [Theory]
    [InlineData("2025-02-12 25:00", "MV0113", "'25:00'")]
    [InlineData("2025-02-12 10am", "MV0113", "'10am'")]
    [InlineData("2025-02-30 10:00", "MV0104", "February 2025 has 28 days")]
    public void A_wrong_date_or_time_is_reported_at_its_line_with_an_example(string written, string code, string says)
    {
        var (_, diagnostics) = Validate($"title: T\ndate: 2024-03-19\nstart: {written}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains(says, error.Message);
    }
}
