"""Drives a running JWPS with OWSLib, the WPS client most Python users script with.

Usage: python3 owslib_client.py http://127.0.0.1:PORT/wps
Exits non-zero with a message on the first check that fails.
"""
import sys
import time
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from owslib.util import ServiceException
from owslib.wps import ASYNC, SYNC, WebProcessingService, BoundingBoxDataInput, ComplexDataInput


def check(condition, message):
    if not condition:
        print("FAILED: " + message, file=sys.stderr)
        sys.exit(1)


class Documents(BaseHTTPRequestHandler):
    """Serves the documents the WPS fetches by reference, on loopback."""
    documents = {"/doc.xml": (b"<doc><ref>by reference</ref></doc>", "text/xml")}

    def do_GET(self):
        body, content_type = self.documents.get(self.path, (b"not found", "text/plain"))
        self.send_response(200 if self.path in self.documents else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def references(wps, url):
    """Complex input by reference; complex and literal outputs by reference, read back."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Documents)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        doc = "http://127.0.0.1:%d/doc.xml" % server.server_address[1]
        execution = wps.execute("echo", [("complexInput", ComplexDataInput(doc, mimeType="text/xml")),
                                         ("literalInput", "lit")],
                                output=[("complexOutput", True), ("literalOutput", True)], mode=SYNC)
        check(execution.isSucceded(), "echo by reference: %s %s" % (execution.status,
                                                                   [e.text for e in execution.errors]))
        outputs = {o.identifier: o for o in execution.processOutputs}
        complex_output = outputs["complexOutput"]
        check(complex_output.reference and complex_output.reference.startswith(url + "/outputs/"),
              "complex output reference %r" % complex_output.reference)
        check(complex_output.mimeType == "text/xml", "reference mime type %r" % complex_output.mimeType)
        data = complex_output.retrieveData()
        check(b"<ref>by reference</ref>" in data, "complex output by reference %r" % data)
        literal = outputs["literalOutput"].retrieveData()
        check(literal == b"lit", "literal output by reference %r" % literal)
    finally:
        server.shutdown()


def main(url):
    wps = WebProcessingService(url, version="1.0.0", skip_caps=False)
    ids = [p.identifier for p in wps.processes]
    check({"say_hello", "ultimate_question", "echo"} <= set(ids), "capabilities list the samples: %s" % ids)
    check(wps.identification.title == "JWPS", "service title: %r" % wps.identification.title)

    hello = wps.describeprocess("say_hello")
    check(hello.processVersion == "1.3.3", "say_hello version %r" % hello.processVersion)
    check([i.identifier for i in hello.dataInputs] == ["name"], "say_hello inputs")
    check(hello.dataInputs[0].dataType.endswith("string"), "name is a string: %r" % hello.dataInputs[0].dataType)

    execution = wps.execute("say_hello", [("name", "OWSLib")], mode=SYNC)
    check(execution.isSucceded(), "say_hello succeeded: %s" % execution.status)
    check(execution.processOutputs[0].data == ["Hello OWSLib"], "greeting %r" % execution.processOutputs[0].data)

    answer = wps.execute("ultimate_question", [], mode=SYNC)
    check(answer.processOutputs[0].data == ["42"], "answer %r" % answer.processOutputs[0].data)

    echo = wps.describeprocess("echo")
    kinds = {i.identifier: i.dataType for i in echo.dataInputs}
    check(kinds.get("complexInput") == "ComplexData", "echo complexInput kind: %r" % kinds)
    check(kinds.get("bboxInput") == "BoundingBoxData", "echo bboxInput kind: %r" % kinds)

    bbox = BoundingBoxDataInput([1.5, 2.5, 3.5, 4.5], crs="EPSG:4326", dimensions=2)
    echoed = wps.execute("echo", [("literalInput", "hi"), ("bboxInput", bbox),
                                  ("complexInput", ComplexDataInput("<doc><a>1</a></doc>", mimeType="text/xml"))],
                         mode=SYNC)
    check(echoed.isSucceded(), "echo succeeded: %s %s" % (echoed.status, [e.text for e in echoed.errors]))
    outputs = {o.identifier: o for o in echoed.processOutputs}
    check(outputs["literalOutput"].data == ["hi"], "literal echo %r" % outputs["literalOutput"].data)
    box = outputs["bboxOutput"].data[0]
    # EPSG:4326 is latitude/longitude: OWSLib reads the first coordinate of each corner as y
    check([float(v) for v in (box.miny, box.minx, box.maxy, box.maxx)] == [1.5, 2.5, 3.5, 4.5],
          "bbox echo %r" % vars(box))
    # OWSLib hands back embedded XML as serialized bytes
    xml = "".join(d.decode("utf-8") if isinstance(d, bytes) else d for d in outputs["complexOutput"].data)
    check("<a>1</a>" in xml, "xml echo %r" % xml)

    references(wps, url)
    asynchronous(wps)

    # an invalid request is answered with HTTP 400 and an ExceptionReport, which OWSLib raises
    try:
        wps.execute("say_hello", [], mode=SYNC)
        check(False, "say_hello without a name fails")
    except ServiceException as e:
        check('exceptionCode="MissingParameterValue"' in str(e) and 'locator="name"' in str(e), "report: %s" % e)
    print("owslib: all checks passed")


def asynchronous(wps):
    """OWSLib's ASYNC mode: ProcessAccepted with a statusLocation, polled by checkStatus until the
    sleep process reports its progress and succeeds."""
    # OWSLib writes storeExecuteResponse/status only into a ResponseDocument, so name the output
    execution = wps.execute("sleep", [("delay", "0.3")], output=[("sleep_output", False)], mode=ASYNC)
    check(execution.statusLocation and execution.statusLocation.endswith(".xml"),
          "status location %r" % execution.statusLocation)
    check(execution.status in ("ProcessAccepted", "ProcessStarted"), "first status %r" % execution.status)
    seen = set()
    for _ in range(200):
        if execution.isComplete():
            break
        time.sleep(0.05)
        execution.checkStatus(sleepSecs=0)
        seen.add((execution.status, execution.percentCompleted))
    check(execution.isSucceded(), "sleep succeeded: %s %s" % (execution.status, [e.text for e in execution.errors]))
    check(any(s == "ProcessStarted" and 0 < int(p or 0) < 100 for s, p in seen), "progress seen: %r" % seen)
    check(execution.processOutputs[0].data == ["done sleeping"], "sleep output %r" % execution.processOutputs[0].data)


if __name__ == "__main__":
    main(sys.argv[1])
