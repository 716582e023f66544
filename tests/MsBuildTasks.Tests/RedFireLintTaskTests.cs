using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using RedFire.Lint.Findings;
using RedFire.Lint.Rules;
using Xunit;

namespace RedFire.Lint.MsBuild.Tests;

/// <summary>The task in-process on real files in a temporary folder, with a fake build engine.</summary>
public sealed class RedFireLintTaskTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("redfire-task-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    private (RedFireLint Task, FakeBuildEngine Engine) CreateTask(params string[] files)
    {
        var engine = new FakeBuildEngine();
        var task = new RedFireLint
        {
            BuildEngine = engine,
            Files = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray(),
            WorkingDirectory = _root,
            CacheFile = Path.Combine(_root, "obj", "redfire-lint.findings.json"),
        };
        return (task, engine);
    }

    [Fact]
    public void Binary_deployment_file_is_an_error_at_its_position_and_fails_the_task()
    {
        var env = Write("deploy/.env", [0x41, 0x00, 0x42]);
        var (task, engine) = CreateTask(env);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("RF0006", error.Code);
        Assert.Equal(env, error.File);
        Assert.Equal((1, 1), (error.LineNumber, error.ColumnNumber));
        Assert.StartsWith("The file was not linted: ", error.Message);
        Assert.Equal("https://github.com/redfire/redfire-lint/blob/main/docs/rules/RF0006.md", error.HelpLink);
        Assert.True(task.Analyzed);
    }

    [Fact]
    public void Unchanged_inputs_replay_the_cached_findings_with_the_gating_of_this_build()
    {
        var env = Write("deploy/.env", [0x00]);
        var (task, _) = CreateTask(env);
        task.Execute();

        var (replay, engine) = CreateTask(env);
        replay.FailOn = "none";
        Assert.True(replay.Execute());

        Assert.False(replay.Analyzed);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("RF0006", env, 1, 1), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
    }

    [Theory]
    [InlineData("deploy/.editorconfig", "[*]\ndotnet_diagnostic.RF0006.severity = warning\n")]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.RF0006.severity = warning\n")]
    [InlineData(".redfire-lint.json", "{ \"rules\": { \"RF0006\": \"warning\" } }")]
    public void A_config_file_added_or_deleted_is_seen_by_the_next_run(string configFile, string text)
    {
        var env = Write("deploy/.env", [0x00]);
        CreateTask(env).Task.Execute();

        WriteText(configFile, text);
        var (added, addedEngine) = CreateTask(env);
        added.Execute();
        Assert.True(added.Analyzed);
        Assert.Equal("RF0006", Assert.Single(addedEngine.Warnings).Code);

        File.Delete(Path.Combine(_root, configFile));
        var (deleted, deletedEngine) = CreateTask(env);
        deleted.Execute();
        Assert.True(deleted.Analyzed);
        Assert.Equal("RF0006", Assert.Single(deletedEngine.Errors).Code);
    }

    [Fact]
    public void Root_without_deployment_files_is_a_warning_naming_the_root_and_the_property()
    {
        var (task, engine) = CreateTask(WriteText("src/Program.cs", "class P {}\n"));

        Assert.True(task.Execute());

        Flags(RuleIds.NoDeploymentFiles, engine);
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("/work/App.csproj", warning.File);
        Assert.Contains($"'{_root}'", warning.Message);
        Assert.Contains("RedFireLintRoot", warning.Message);
    }

    [Fact]
    public void Root_with_a_deployment_file_does_not_warn_that_none_was_found()
    {
        var (task, engine) = CreateTask(WriteText("deploy/.env", "PORT=8080\n"));

        Assert.True(task.Execute());

        Passes(RuleIds.NoDeploymentFiles, engine);
    }

    private static void Flags(string ruleId, FakeBuildEngine engine) =>
        Assert.Contains(engine.Warnings.Select(w => w.Code).Concat(engine.Errors.Select(e => e.Code)), code => code == ruleId);

    private static void Passes(string ruleId, FakeBuildEngine engine) =>
        Assert.DoesNotContain(engine.Warnings.Select(w => w.Code).Concat(engine.Errors.Select(e => e.Code)), code => code == ruleId);

    [Fact]
    public void NoWarn_and_globalconfig_severities_apply_to_RF_ids()
    {
        var env = Write("deploy/.env", [0x00]);
        var (silenced, silencedEngine) = CreateTask(env);
        silenced.NoWarn = "$(NoWarn);CS1591;RF0006";
        Assert.True(silenced.Execute());
        Assert.Empty(silencedEngine.Errors);

        WriteText(".globalconfig", "is_global = true\ndotnet_diagnostic.RF0006.severity = warning\n");
        var (configured, configuredEngine) = CreateTask(env);
        Assert.True(configured.Execute());
        Assert.Equal("RF0006", Assert.Single(configuredEngine.Warnings).Code);
    }

    [Fact]
    public void Invalid_config_file_is_an_error_at_its_position_not_an_exception()
    {
        var env = Write("deploy/.env", [0x00]);
        var config = WriteText(".redfire-lint.json", "{ \"rules\": 42 }");
        var (task, engine) = CreateTask(env);
        task.ConfigFile = config;

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.Null(error.Code);
        Assert.Equal(config, error.File);
        Assert.StartsWith("Invalid RedFire.Lint configuration:", error.Message);
    }

    [Fact]
    public void Files_that_are_missing_or_not_deployment_files_are_ignored()
    {
        var readme = WriteText("README.md", "# hi\n");
        var (task, engine) = CreateTask(Path.Combine(_root, "gone", "compose.yaml"), readme, WriteText("deploy/.env", "PORT=8080\n"));

        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void Messages_are_logged_verbatim_even_with_braces()
    {
        var engine = new FakeBuildEngine();
        var log = new TaskLoggingHelper(engine, "test");
        var finding = new ReportedFinding("RF2001", Severity.Warning, "/x/compose.yaml", 3, 12, 3, 33, "port {0} and ${PORT:-{8080}}", "");

        FindingLog.Report(log, new BuildGate(false, null, null, null, Severity.Error), [finding]);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("port {0} and ${PORT:-{8080}}", warning.Message);
        Assert.Equal((3, 12, 3, 33), (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber));
    }

    [Fact]
    public void Invalid_fail_on_value_is_a_clear_error()
    {
        var (task, engine) = CreateTask();
        task.FailOn = "sometimes";

        Assert.False(task.Execute());
        Assert.Contains("RedFireLintFailOn", Assert.Single(engine.Errors).Message);
    }
}
