using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using RedFire.Lint.Compose.Schema;
using RedFire.Lint.Compose.Yaml;
using RedFire.Lint.Sources;
using Xunit;

namespace RedFire.Lint.Tests.Compose;

/// <summary>
/// <see cref="SchemaConformance"/> stands in for NJsonSchema on files that conform, so it must decide exactly as
/// NJsonSchema does: every document below, and every variant of it with one value replaced by a value of each
/// JSON type, one key removed or one key added, gets the same verdict from both, read as the YAML it is.
/// </summary>
public class SchemaConformanceTests
{
    private static readonly JsonSchema NJsonSchema = JsonSchema.FromJsonAsync(ComposeSchemaValidator.SchemaText()).GetAwaiter().GetResult();
    private static readonly SchemaConformance Conformance = SchemaConformance.Compile(ComposeSchemaValidator.SchemaText())!;

    private static readonly string[] Palette =
    [
        "null", "true", "0", "-1", "8080", "1.5", "\"\"", "\"text\"", "\"host\"", "\"service_healthy\"", "\"bind\"",
        "[]", "[\"a\"]", "[1]", "[{}]", "{}", "{\"x\": 1}", "{\"type\": \"volume\", \"source\": \"data\"}",
    ];

    private const string Services = """
        {
          "name": "shop",
          "services": {
            "api": {
              "image": "ghcr.io/example/api:1.4.2",
              "build": {"context": ".", "dockerfile": "Dockerfile", "args": {"A": "1", "B": null}, "target": "runtime"},
              "ports": ["8080:8080", {"target": 80, "published": "8081", "protocol": "tcp"}, 443],
              "environment": {"Db": "Host=db", "Flag": true, "Count": 3, "Empty": null},
              "env_file": [".env", {"path": "local.env", "required": false}],
              "depends_on": {"db": {"condition": "service_healthy", "restart": true}},
              "healthcheck": {"test": ["CMD", "curl", "-f", "http://localhost"], "interval": "10s", "retries": 3, "disable": false},
              "volumes": ["./data:/data:ro", {"type": "bind", "source": "./conf", "target": "/conf", "bind": {"selinux": "z"}},
                          {"type": "tmpfs", "target": "/tmp", "tmpfs": {"size": 1000}}],
              "networks": {"front": {"aliases": ["api"], "ipv4_address": "10.0.0.2"}, "back": null},
              "ulimits": {"nofile": {"soft": 1024, "hard": 2048}, "nproc": 65535},
              "deploy": {"replicas": 2, "resources": {"limits": {"cpus": "0.5", "memory": "512M"},
                         "reservations": {"devices": [{"capabilities": ["gpu"], "count": 1}]}},
                         "update_config": {"order": "start-first"}, "restart_policy": {"condition": "on-failure"}},
              "develop": {"watch": [{"path": "./src", "action": "sync", "target": "/app"}]},
              "extends": {"service": "base", "file": "base.yaml"},
              "devices": ["/dev/ttyUSB0"],
              "extra_hosts": {"host.docker.internal": "host-gateway"},
              "logging": {"driver": "json-file", "options": {"max-size": "10m"}},
              "secrets": ["token", {"source": "key", "target": "key.pem", "mode": 256}],
              "command": ["dotnet", "Api.dll"],
              "user": "app",
              "restart": "unless-stopped",
              "x-extension": {"deep": [1]}
            },
            "db": {"image": "postgres:16.4", "cgroup": "private", "depends_on": ["cache"], "scale": 1, "privileged": false}
          }
        }
        """;

    private const string Resources = """
        {
          "networks": {"front": {"driver": "bridge", "ipam": {"config": [{"subnet": "10.0.0.0/24", "aux_addresses": {"a": "10.0.0.5"}}], "options": {"o": "v"}}},
                       "back": {"external": true, "name": "shared"}, "plain": null},
          "volumes": {"data": {"driver": "local", "driver_opts": {"type": "none", "o": "bind", "device": "/srv"}}, "cache": null},
          "secrets": {"token": {"file": "./token.txt"}, "key": {"environment": "KEY"}},
          "configs": {"nginx": {"file": "./nginx.conf"}},
          "include": ["other.yaml", {"path": ["a.yaml", "b.yaml"], "project_directory": "."}],
          "x-common": {"a": 1}
        }
        """;

    [Fact]
    public void The_compose_schema_compiles_so_conforming_files_never_load_it_into_NJsonSchema()
    {
        Assert.NotNull(SchemaConformance.Compile(ComposeSchemaValidator.SchemaText()));
    }

    [Theory]
    [InlineData("""{"type": "string", "pattern": "^a"}""")]
    [InlineData("""{"items": [{"type": "string"}]}""")]
    [InlineData("""{"oneOf": [{"$ref": "#/definitions/a"}], "definitions": {"a": {"type": "string"}}}""")]
    [InlineData("""{"properties": {"a": {"$ref": "#/definitions/a", "type": "string"}}, "definitions": {"a": {}}}""")]
    [InlineData("""{"properties": {"a": {"$ref": "#/definitions/missing"}}}""")]
    public void A_schema_using_anything_else_is_left_to_NJsonSchema(string schema)
    {
        Assert.Null(SchemaConformance.Compile(schema));
    }

    [Theory]
    [InlineData("services:\n  web:\n    image: a\n    healthcheck: !reset 5\n", true)]
    [InlineData("services:\n  web:\n    image: a\n    healthcheck: 5\n", false)]
    public void A_key_reset_with_reset_is_not_in_the_json_that_is_validated(string yaml, bool conforms)
    {
        var file = YamlTreeReader.Read(new SourceFile("compose.override.yaml", yaml, FileKind.Compose), (_, _, message, _) => Assert.Fail(message.ToString()));
        Assert.Equal(conforms, Conformance.Conforms(file.Documents.Single()));
    }

    /// <summary>The documents in pieces of a few keys each: every variant is validated whole, so small pieces keep
    /// the many variants cheap.</summary>
    public static IEnumerable<object[]> Pieces()
    {
        var services = (JObject)JObject.Parse(Services)["services"]!;
        foreach (var service in services.Properties())
        {
            foreach (var keys in Chunks(((JObject)service.Value).Properties(), 4))
                yield return [new JObject(new JProperty("services", new JObject(new JProperty(service.Name, new JObject(keys))))).ToString()];
        }
        foreach (var keys in Chunks(JObject.Parse(Resources).Properties(), 2))
            yield return [new JObject(keys).ToString()];
    }

    private static IEnumerable<JProperty[]> Chunks(IEnumerable<JProperty> properties, int size) =>
        properties.Select((p, i) => (p, i)).GroupBy(x => x.i / size, x => new JProperty(x.p)).Select(g => g.ToArray());

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Every_variant_gets_the_verdict_NJsonSchema_gives(string document)
    {
        var disagreements = new List<string>();
        var variants = 0;
        foreach (var (description, variant) in Variants(JObject.Parse(document)))
        {
            variants++;
            var expected = NJsonSchema.Validate(variant).Count == 0;
            if (Conformance.Conforms(YamlOf(variant)) != expected)
                disagreements.Add($"{description}: NJsonSchema says {(expected ? "conforms" : "does not conform")}");
        }
        Assert.True(variants > 50, $"only {variants} variants");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
    }

    /// <summary>The variant as the compose loader sees it: JSON is YAML, and its strings are quoted scalars. Wrapped in
    /// a mapping, as the reader keeps only documents that are one.</summary>
    private static YamlNode YamlOf(JToken variant)
    {
        var text = "{\"variant\": " + variant.ToString() + "}";
        var file = YamlTreeReader.Read(new SourceFile("compose.yaml", text, FileKind.Compose), (_, _, message, _) => Assert.Fail(message.ToString()));
        return ((YamlMapping)file.Documents.Single())["variant"]!;
    }

    /// <summary>The document itself, then one change at a time, each on a fresh copy.</summary>
    private static IEnumerable<(string Description, JToken Variant)> Variants(JObject document)
    {
        yield return ("the document", document);
        var paths = document.DescendantsAndSelf().Where(t => t is not JProperty).Select(t => t.Path).ToList();
        foreach (var path in paths)
        {
            foreach (var value in Palette)
                yield return ($"{path} = {value}", path.Length == 0 ? JToken.Parse(value) : Changed(document, path, token => token.Replace(JToken.Parse(value))));
            if (Select(document, path) is JObject obj)
            {
                foreach (var name in obj.Properties().Select(p => p.Name).ToList())
                    yield return ($"{path} without {name}", Changed(document, path, token => ((JObject)token).Remove(name)));
                yield return ($"{path} + bogus", Changed(document, path, token => ((JObject)token).Add("bogus", 1)));
                yield return ($"{path} + x-ext", Changed(document, path, token => ((JObject)token)["x-ext"] = 1));
            }
        }
    }

    private static JToken? Select(JToken document, string path) => path.Length == 0 ? document : document.SelectToken(path);

    private static JToken Changed(JToken document, string path, System.Action<JToken> change)
    {
        var copy = document.DeepClone();
        change(Select(copy, path)!);
        return copy;
    }
}
