namespace Market.Reports.Tests;

public sealed class ReportSchemaTests
{
    private static string Valid() => ReportWriter.ToXml(new SampleMarket().Report(reader: null));

    [Theory]
    [InlineData("status=\"queued\"", "status=\"lost\"", "status")]
    [InlineData("price=\"0.75\"", "price=\"0,75\"", "price")]
    [InlineData("price=\"0.75\"", "price=\"-1\"", "price")]
    [InlineData("outcome=\"accepted\"", "outcome=\"maybe\"", "outcome")]
    [InlineData(" speed=\"100\"", " speedy=\"100\"", "speed")]
    public void Validate_OneBadAttribute_ReportedWithLineAndColumn(string good, string bad, string mentioned)
    {
        string xml = Valid();
        Assert.Contains(good, xml);
        IReadOnlyList<ReportProblem> problems = ReportSchema.Validate(new StringReader(ReplaceFirst(xml, good, bad)));
        ReportProblem p = Assert.Single(problems, p => p.Message.Contains(mentioned, StringComparison.Ordinal));
        Assert.True(p.Line > 1 && p.Column > 0, p.ToString());
    }

    [Fact]
    public void Validate_SeveralProblems_AllListed()
    {
        string xml = Valid().Replace("status=\"queued\"", "status=\"x\"").Replace("outcome=\"open\"", "outcome=\"y\"");
        Assert.True(ReportSchema.Validate(new StringReader(xml)).Count >= 2);
    }

    [Fact]
    public void Validate_WrongNamespace_Rejected()
    {
        IReadOnlyList<ReportProblem> problems = ReportSchema.Validate(new StringReader(Valid().Replace(ReportWriter.Namespace, "urn:other")));
        Assert.Contains(problems, p => p.Message.Contains("root element", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Malformed_ProblemWithPosition()
    {
        IReadOnlyList<ReportProblem> problems = ReportSchema.Validate(new StringReader("<report xmlns=\"urn:market:report:v1\">\n  <market"));
        Assert.Contains(problems, p => p.Line == 2 && p.Message.Contains("end of file", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateJobIds_Rejected()
    {
        string xml = Valid();
        int start = xml.IndexOf("<job ", StringComparison.Ordinal);
        int end = xml.IndexOf("/>", start, StringComparison.Ordinal) + 2;
        string job = xml[start..end];
        Assert.NotEmpty(ReportSchema.Validate(new StringReader(xml.Insert(end, "\n    " + job))));
    }

    [Fact]
    public void Validate_ExtraElementsInOtherNamespaceAndExtraAttributes_Welcome()
    {
        string xml = Valid().Replace("</report>", "<x:note xmlns:x=\"urn:example\">hi</x:note></report>").Replace("<jobs>", "<jobs>").Replace("status=\"queued\"", "status=\"queued\" colour=\"blue\"");
        Assert.Empty(ReportSchema.Validate(new StringReader(xml)));
    }

    private static string ReplaceFirst(string text, string a, string b)
    {
        int i = text.IndexOf(a, StringComparison.Ordinal);
        return text[..i] + b + text[(i + a.Length)..];
    }
}
