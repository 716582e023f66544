using RedFire.Lint.Rules;
using Xunit;
using static RedFire.Lint.Tests.Infrastructure.RuleTest;

namespace RedFire.Lint.Tests.Secrets;

public class NginxSecretTests
{
    [Fact]
    public void Flags_hard_coded_authorization_headers_and_URL_passwords()
    {
        const string config =
            "events {}\n" +
            "http {\n" +
            "  server {\n" +
            "    listen 80;\n" +
            "    location /api/v1/trading/ {\n" +
            "      proxy_set_header X-Api-Key \"[|k3y-for-vnpy-core|]\";\n" +
            "      proxy_set_header Authorization \"Token [|t0ken-for-vnpy|]\";\n" +
            "      proxy_pass http://vnpy-core:8006;\n" +
            "    }\n" +
            "  }\n" +
            "}\n";
        Flags(RuleIds.HardCodedSecretSetting, ("deployment/docker/nginx/nginx.conf", config.Replace("Token [|t0ken-for-vnpy|]", "[|Token t0ken-for-vnpy|]")));
        Flags(RuleIds.CredentialsInUrlOrCommand, ("deployment/docker/nginx/nginx.conf",
            "events {}\nhttp {\n  server {\n    location / {\n      proxy_pass http://gateway:[|gw-pass-2024|]@user-trading:8001;\n    }\n  }\n}\n"));
    }

    [Fact]
    public void Passes_headers_taken_from_variables() =>
        Passes(RuleIds.HardCodedSecretSetting, ("deployment/docker/nginx/nginx.conf",
            "events {}\nhttp {\n  server {\n    location / {\n" +
            "      proxy_set_header Authorization $http_authorization;\n" +
            "      proxy_set_header X-Api-Key \"${UPSTREAM_API_KEY}\";\n" +
            "      proxy_set_header Host $host;\n" +
            "      proxy_pass http://user-trading:8001;\n" +
            "    }\n  }\n}\n"));
}
