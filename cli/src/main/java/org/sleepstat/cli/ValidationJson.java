package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sleepstat.analysis.DesignWarning;
import java.util.Locale;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.core.io.ColumnMapping;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.Problem;
import org.sleepstat.core.io.RejectedRow;
import org.sleepstat.core.plan.StudyPlan;

/** The JSON document of {@code validate --json}; its "input" object is shared with analyze. */
final class ValidationJson {
  private ValidationJson() {}

  static void write(StudyInput study, boolean lenient, PrintWriter out) {
    ImportResult r = study.imported();
    JsonWriter json = new JsonWriter(out);
    json.beginObject();
    tool(json);
    input(json, study);
    json.name("options").beginObject()
        .name("lenient").value(lenient)
        .name("codebook").value(r.survey().codebook().name() + " v"
            + r.survey().codebook().version())
        .endObject();
    json.name("columns").beginArray();
    for (ColumnMapping c : r.columns()) {
      json.beginObject().name("index").value(c.index()).name("header").value(c.header())
          .name("variable").value(c.variable()).endObject();
    }
    json.endArray();
    json.name("extra_columns").beginArray();
    for (String e : r.extraColumns()) {
      json.value(e);
    }
    json.endArray();
    json.name("problems").beginArray();
    for (Problem p : r.problems()) {
      json.beginObject()
          .name("line").value(p.line())
          .name("column").value(p.column())
          .name("variable").value(p.variable())
          .name("value").value(p.value())
          .name("rule").value(p.rule().name().toLowerCase(Locale.ROOT))
          .name("message").value(p.message())
          .name("action").value(p.action().name().toLowerCase(Locale.ROOT))
          .endObject();
    }
    json.endArray();
    json.name("rejected_rows").beginArray();
    for (RejectedRow row : r.rejectedRows()) {
      json.beginObject()
          .name("line").value(row.line())
          .name("respondent_id").value(row.respondentId())
          .name("problems").value(row.problems().size())
          .endObject();
    }
    json.endArray();
    warnings(json, study.warnings());
    json.endObject();
    json.finish();
  }

  static void tool(JsonWriter json) {
    json.name("tool").beginObject()
        .name("name").value("sleepstat")
        .name("version").value(SleepstatCommand.version())
        .endObject();
  }

  /** The warnings of the document: [{rule, variable, column, message}], possibly empty. */
  static void warnings(JsonWriter json, List<DesignWarning> warnings) {
    json.name("warnings").beginArray();
    for (DesignWarning w : warnings) {
      json.beginObject()
          .name("rule").value(w.rule().jsonName())
          .name("variable").value(w.variable())
          .name("column").value(w.column())
          .name("message").value(w.message())
          .endObject();
    }
    json.endArray();
  }

  static void input(JsonWriter json, StudyInput study) {
    ImportResult r = study.imported();
    StudyPlan.Source plan = study.plan().source();
    json.name("input").beginObject()
        .name("path").value(r.file())
        .name("sha256").value(r.provenance().sha256())
        .name("size_bytes").value(r.provenance().sizeBytes())
        .name("format").value(r.provenance().formatLabel())
        .name("layout").value(r.provenance().format().label())
        .name("encoding").value(r.provenance().encoding().label())
        .name("encoding_fallback").value(r.provenance().encoding().fallback())
        .name("delimiter").value(String.valueOf(r.provenance().delimiter()))
        .name("decimal_comma").value(r.provenance().decimalComma())
        .name("rows").value(r.counts().rows())
        .name("accepted").value(r.counts().accepted())
        .name("rejected").value(r.counts().rejected())
        .name("respondents").value(r.survey().size())
        .name("plan").beginObject()
        .name("path").value(plan.path())
        .name("sha256").value(plan.sha256())
        .name("title").value(study.plan().design().title())
        .name("text").value(plan.text())
        .endObject()
        .endObject();
  }
}
