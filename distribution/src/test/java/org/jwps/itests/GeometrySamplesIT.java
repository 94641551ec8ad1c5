package org.jwps.itests;

import static org.jwps.runtime.internal.xml.WpsSchemas.assertExceptionReport;
import static org.jwps.runtime.internal.xml.WpsSchemas.assertValid;
import static org.jwps.runtime.internal.xml.WpsSchemas.xpath;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * The geometry samples of PROCESSES.md (buffer, area, centroids, feature_count, boundingbox)
 * over real HTTP against the distribution: inline GML, GeoJSON and KML in XML POSTs, KVP GETs,
 * results checked numerically, every response document validated against the WPS 1.0.0
 * schemas. Running them inside Karaf also proves the bundles resolve: io-formats, JTS, proj4j.
 */
public class GeometrySamplesIT {
    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution();

    private static final String V = "service=WPS&version=1.0.0&";
    private static final String GML_NS = "http://www.opengis.net/gml";

    /** A 1x1 and a 2x2 square in EPSG:3035, GML 3.1. */
    private static final String SQUARES_GML = "<gml:FeatureCollection xmlns:gml='" + GML_NS + "' xmlns:x='urn:x'>"
            + square("small", 1) + square("large", 2) + "</gml:FeatureCollection>";

    /** The same squares in GeoJSON. */
    private static final String SQUARES_GEOJSON = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"id\":\"small\",\"properties\":{\"name\":\"small\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},"
            + "{\"type\":\"Feature\",\"id\":\"large\",\"properties\":{\"name\":\"large\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}}]}";

    private static String square(String name, int side) {
        return "<gml:featureMember><x:parcel gml:id='" + name + "'><x:name>" + name + "</x:name><x:geom>"
                + "<gml:Polygon srsName='EPSG:3035'><gml:exterior><gml:LinearRing><gml:posList>0 0 " + side + " 0 "
                + side + " " + side + " 0 " + side + " 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
                + "</x:geom></x:parcel></gml:featureMember>";
    }

    private static HttpResponse<byte[]> get(String query) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(KARAF.wpsUrl() + "?" + query))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> post(String xml) throws Exception {
        return KARAF.httpClient().send(HttpRequest.newBuilder(URI.create(KARAF.wpsUrl()))
                .header("Content-Type", "text/xml").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] ok(HttpResponse<byte[]> response) {
        assertEquals(new String(response.body(), StandardCharsets.UTF_8), 200, response.statusCode());
        assertValid(response.body());
        return response.body();
    }

    private static String execute(String identifier, String inputs, String responseForm) {
        return "<wps:Execute service='WPS' version='1.0.0' xmlns:wps='http://www.opengis.net/wps/1.0.0'"
                + " xmlns:ows='http://www.opengis.net/ows/1.1'><ows:Identifier>" + identifier + "</ows:Identifier>"
                + "<wps:DataInputs>" + inputs + "</wps:DataInputs>" + responseForm + "</wps:Execute>";
    }

    private static String complex(String id, String mimeType, String content) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:ComplexData mimeType='" + mimeType
                + "'>" + content + "</wps:ComplexData></wps:Data></wps:Input>";
    }

    private static String literal(String id, String value) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + value
                + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    private static String asking(String output, String mimeType) {
        return "<wps:ResponseForm><wps:ResponseDocument><wps:Output mimeType='" + mimeType + "'><ows:Identifier>"
                + output + "</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>";
    }

    private static String literalOutput(byte[] body, String id) {
        return xpath(body, "string(//wps:Output[ows:Identifier='" + id + "']//wps:LiteralData)");
    }

    private static String twiceEscaped(String value) {
        return URLEncoder.encode(URLEncoder.encode(value, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Shoelace area of the ring given as [x,y] pairs in order, as in a GeoJSON polygon with one ring. */
    private static double area(List<double[]> ring) {
        double twice = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twice += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return Math.abs(twice) / 2;
    }

    /** Every {@code [x,y]} position of a GeoJSON text, in order. */
    private static List<double[]> geoJsonPositions(String json) {
        List<double[]> positions = new ArrayList<>();
        Matcher m = Pattern.compile("\\[\\s*(-?[0-9.eE+-]+)\\s*,\\s*(-?[0-9.eE+-]+)\\s*]").matcher(json);
        while (m.find()) {
            positions.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return positions;
    }

    /** The positions of a GML posList (x y pairs). */
    private static List<double[]> posList(String text) {
        String[] numbers = text.trim().split("\\s+");
        List<double[]> positions = new ArrayList<>();
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            positions.add(new double[] {Double.parseDouble(numbers[i]), Double.parseDouble(numbers[i + 1])});
        }
        return positions;
    }

    private static double[] corner(byte[] body, String which) {
        String[] xy = xpath(body, "string(//wps:Output[ows:Identifier='bboxout']//ows:" + which + ")").trim().split("\\s+");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    @Test
    public void theGeometrySamplesAreOfferedAndDescribed() throws Exception {
        byte[] capabilities = ok(get("service=WPS&request=GetCapabilities"));
        String[] ids = {"buffer", "area", "centroids", "feature_count", "boundingbox"};
        for (String id : ids) {
            assertEquals(id, "1", xpath(capabilities, "count(//wps:Process[ows:Identifier='" + id + "'])"));
        }
        byte[] described = ok(get(V + "request=DescribeProcess&identifier=" + String.join(",", ids)));
        assertEquals("5", xpath(described, "count(//ProcessDescription)"));
        assertEquals("application/gml+xml", xpath(described, "//ProcessDescription[ows:Identifier='buffer']"
                + "//Input[ows:Identifier='poly_in']/ComplexData/Default/Format/MimeType"));
        assertEquals("0.1", xpath(described, "//ProcessDescription[ows:Identifier='boundingbox']/@wps:processVersion"));
        assertEquals("EPSG:3035", xpath(described, "//Input[ows:Identifier='bboxin']/BoundingBoxData/Supported/CRS[2]"));
        assertEquals("application/vnd.google-earth.kml+xml", xpath(described, "//Input[ows:Identifier='layer' and "
                + "../../ows:Identifier='feature_count']/ComplexData/Supported/Format[MimeType="
                + "'application/vnd.google-earth.kml+xml']/MimeType"));
    }

    @Test
    public void areaOfInlineGmlAndGeoJsonByPostAndGet() throws Exception {
        assertEquals("[1.0, 4.0]", literalOutput(ok(post(execute("area",
                complex("layer", "application/gml+xml", SQUARES_GML), ""))), "area"));
        assertEquals("[1.0, 4.0]", literalOutput(ok(post(execute("area",
                complex("layer", "application/geo+json", "<![CDATA[" + SQUARES_GEOJSON + "]]>"), ""))), "area"));
        assertEquals("[1.0, 4.0]", literalOutput(ok(get(V + "request=Execute&identifier=area&DataInputs=layer="
                + twiceEscaped(SQUARES_GEOJSON) + "@mimeType=application/geo%2Bjson")), "area"));
    }

    @Test
    public void bufferedPointIsCloseToPiInGeoJsonAndGml() throws Exception {
        String point = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"kept\":\"yes\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[5,7]}}]}";
        String inputs = complex("poly_in", "application/geo+json", "<![CDATA[" + point + "]]>") + literal("buffer", "1");
        // JTS's 8 segments per quadrant: the inscribed 32-gon, 0.64 % short of pi
        double tolerance = Math.PI * Math.pow(2 * Math.PI / 32, 2) / 6 * 1.01;

        byte[] body = ok(post(execute("buffer", inputs, asking("buff_out", "application/geo+json"))));
        String json = xpath(body, "string(//wps:Output[ows:Identifier='buff_out']//wps:ComplexData)");
        assertTrue(json, json.contains("\"kept\":\"yes\""));
        double area = area(geoJsonPositions(json));
        assertTrue(String.valueOf(area), area < Math.PI);
        assertEquals(Math.PI, area, tolerance);

        body = ok(post(execute("buffer", inputs, ""))); // GML by default
        assertEquals(GML_NS, xpath(body, "namespace-uri(//wps:Output[ows:Identifier='buff_out']//wps:ComplexData/*)"));
        assertEquals(Math.PI, area(posList(xpath(body, "string(//*[local-name()='posList'])"))), tolerance);

        HttpResponse<byte[]> raw = get(V + "request=Execute&identifier=buffer&DataInputs=poly_in="
                + twiceEscaped(point) + "@mimeType=application/geo%2Bjson;buffer=1"
                + "&RawDataOutput=buff_out@mimeType=application/geo%2Bjson");
        assertEquals(new String(raw.body(), StandardCharsets.UTF_8), 200, raw.statusCode());
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        assertEquals(Math.PI, area(geoJsonPositions(new String(raw.body(), StandardCharsets.UTF_8))), tolerance);
    }

    @Test
    public void bufferRefusesMalformedGmlAndDistancesOutOfRange() throws Exception {
        String broken = "<gml:FeatureCollection xmlns:gml='" + GML_NS + "' xmlns:x='urn:x'><gml:featureMember><x:f><x:g>"
                + "<gml:Point><gml:pos>1 north</gml:pos></gml:Point></x:g></x:f></gml:featureMember>"
                + "</gml:FeatureCollection>";
        HttpResponse<byte[]> response = post(execute("buffer", complex("poly_in", "application/gml+xml", broken)
                + literal("buffer", "1"), ""));
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "poly_in");

        response = post(execute("buffer", complex("poly_in", "application/gml+xml", SQUARES_GML)
                + literal("buffer", "1000.5"), ""));
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "buffer");
    }

    @Test
    public void centroidsOfLatitudeFirstGml32AreLongitudeFirstGeoJson() throws Exception {
        String gml32 = "<gml:FeatureCollection xmlns:gml='http://www.opengis.net/gml/3.2' xmlns:x='urn:x' gml:id='c'>"
                + "<gml:featureMember><x:site gml:id='s1'><x:name>Hesse</x:name><x:geom>"
                + "<gml:Polygon gml:id='p1' srsName='urn:ogc:def:crs:EPSG::4326'><gml:exterior><gml:LinearRing>"
                + "<gml:posList>50 8 50 12 52 12 52 8 50 8</gml:posList></gml:LinearRing></gml:exterior>"
                + "</gml:Polygon></x:geom></x:site></gml:featureMember></gml:FeatureCollection>";
        byte[] body = ok(post(execute("centroids", complex("layer", "application/gml+xml", gml32), "")));
        String json = xpath(body, "string(//wps:Output[ows:Identifier='out']//wps:ComplexData)");
        List<double[]> positions = geoJsonPositions(json);
        assertEquals(json, 1, positions.size());
        assertEquals(10, positions.get(0)[0], 1e-12);
        assertEquals(51, positions.get(0)[1], 1e-12);
        assertTrue(json, json.contains("\"name\":\"Hesse\""));
        assertEquals("application/geo+json",
                xpath(body, "string(//wps:Output[ows:Identifier='out']//wps:ComplexData/@mimeType)"));
    }

    @Test
    public void featureCountOfGmlGeoJsonAndKml() throws Exception {
        assertEquals("2", literalOutput(ok(post(execute("feature_count",
                complex("layer", "application/gml+xml", SQUARES_GML), ""))), "count"));
        assertEquals("2", literalOutput(ok(post(execute("feature_count",
                complex("layer", "application/vnd.geo+json", "<![CDATA[" + SQUARES_GEOJSON + "]]>"), ""))), "count"));
        String kml = "<kml xmlns='http://www.opengis.net/kml/2.2'><Document>"
                + "<Placemark><name>a</name><Point><coordinates>1,2</coordinates></Point></Placemark>"
                + "<Folder><Placemark><name>b</name><Point><coordinates>3,4</coordinates></Point></Placemark>"
                + "<Placemark><name>c</name><LineString><coordinates>0,0 1,1</coordinates></LineString></Placemark>"
                + "</Folder></Document></kml>";
        assertEquals("3", literalOutput(ok(post(execute("feature_count",
                complex("layer", "application/vnd.google-earth.kml+xml", kml), ""))), "count"));

        HttpResponse<byte[]> response = post(execute("feature_count", complex("layer", "application/geo+json",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\""), ""));
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "layer");
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("Input layer is not valid"));
    }

    @Test
    public void boundingBoxFromLaeaEuropeToWgs84ByPostAndGet() throws Exception {
        byte[] body = ok(post(execute("boundingbox", "<wps:Input><ows:Identifier>bboxin</ows:Identifier><wps:Data>"
                + "<wps:BoundingBoxData crs='EPSG:3035' dimensions='2'><ows:LowerCorner>4321000 3210000</ows:LowerCorner>"
                + "<ows:UpperCorner>4321000 3210000</ows:UpperCorner></wps:BoundingBoxData></wps:Data></wps:Input>", "")));
        // the false origin of EPSG:3035 is its centre, 10 E 52 N
        assertEquals(10, corner(body, "LowerCorner")[0], 1e-9);
        assertEquals(52, corner(body, "LowerCorner")[1], 1e-9);
        assertEquals("EPSG:4326", xpath(body, "string(//wps:Output[ows:Identifier='bboxout']//wps:BoundingBoxData/@crs)"));

        // a box whose north edge bulges past its corners; reference: PROJ 9.1.1 on the densified outline
        body = ok(get(V + "request=Execute&identifier=boundingbox&DataInputs=bboxin=2500000,1500000,6000000,5000000,"
                + "EPSG:3035"));
        double[] lower = corner(body, "LowerCorner");
        double[] upper = corner(body, "UpperCorner");
        assertEquals(-28.558626056, lower[0], 1e-7);
        assertEquals(34.427825378, lower[1], 1e-7);
        assertEquals(46.091904370, upper[0], 1e-7);
        assertEquals(68.122484502744, upper[1], 1e-7);

        // EPSG:4326 comes back as given
        body = ok(get(V + "request=Execute&identifier=boundingbox&DataInputs=bboxin=-10.5,35,30,71.25"));
        assertEquals(-10.5, corner(body, "LowerCorner")[0], 0);
        assertEquals(71.25, corner(body, "UpperCorner")[1], 0);

        HttpResponse<byte[]> response = get(V + "request=Execute&identifier=boundingbox&DataInputs="
                + "bboxin=4321000,3210000,4321001,16210000,EPSG:3035");
        assertExceptionReport(response.statusCode(), response.body(), 400, "InvalidParameterValue", "bboxin");
    }
}
