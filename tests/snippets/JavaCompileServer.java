// Compiles the generated Java snippets for the tests in one warm JVM: each stdin line is a source path, compiled into
// its own directory with javac's defaults (as `java File.java` would: no -encoding, the platform charset), answered by
// one stdout line, "ok" or "fail <diagnostics on one line>". Starting javac cold for each of twenty snippets would
// cost more than running them.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class JavaCompileServer {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Path source = Path.of(line);
            StringWriter diagnostics = new StringWriter();
            List<String> options = List.of("-d", source.getParent().toString(), "-proc:none");
            boolean ok = compiler.getTask(diagnostics, null, null, options, null,
                compiler.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
            System.out.println(ok ? "ok" : "fail " + diagnostics.toString().replace('\n', ' '));
            System.out.flush();
        }
    }
}
