"""Content bodies with their own media types, XML representations and multipart uploads."""

from __future__ import annotations

from defusedxml.ElementTree import fromstring

from .flows import upload
from .support import ACC, PROFESSOR, STUDENT, Campus

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_text_multimedia_content_is_html(campus: Campus) -> None:
    response = campus.get(f"/courses/{ACC}/textMultimedias/100126516551/content.html")
    assert response.headers["content-type"].startswith("text/html")
    assert "Welcome to Accounting I" in response.text


def test_unknown_content_file_gets_404(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}/textMultimedias/100126516551/other.html").status_code == 404


def test_original_documents_are_binary(campus: Campus) -> None:
    office = campus.get(f"/courses/{ACC}/msOfficeDocuments/100126516552/originalDocument")
    upload_zip = campus.get(f"/courses/{ACC}/webContentUploads/100126516562/originalDocument")
    assert office.headers["content-type"] == "application/octet-stream" and office.content.startswith(b"PK")
    assert upload_zip.headers["content-type"] == "application/zip"


def test_xml_suffix_renders_the_same_data_as_xml(campus: Campus) -> None:
    as_json = campus.get(f"/courses/{ACC}").json()["courses"][0]
    response = campus.get(f"/courses/{ACC}.xml")
    assert response.headers["content-type"].startswith("application/xml")
    root = fromstring(response.content)
    assert root.tag == "courses"
    course = root.find("course")
    assert course is not None
    assert course.findtext("id") == str(as_json["id"])
    assert [n.text for n in course.findall("callNumbers/callNumber")] == as_json["callNumbers"]


def test_json_suffix_is_json(campus: Campus) -> None:
    assert campus.get(f"/courses/{ACC}.json").json()["courses"][0]["id"] == ACC


def test_errors_on_xml_routes_are_xml(campus: Campus) -> None:
    response = campus.get("/courses/999999.xml")
    assert response.status_code == 404
    assert fromstring(response.content).tag == "error"


def test_xml_request_body_is_accepted(campus: Campus) -> None:
    body = b"<response><title>From XML</title><description>&lt;p&gt;Posted as XML&lt;/p&gt;</description></response>"
    path = f"/courses/{ACC}/threadeddiscussions/100126516567/topics/7205763/responses.xml"
    created = campus.call("POST", path, content=body, headers={"Content-Type": "application/xml"})
    assert created.status_code == 201, created.text
    assert fromstring(created.content).findtext("response/title") == "From XML"


def test_xml_grade_body_is_typed_by_the_schema(campus: Campus) -> None:
    path = f"/users/111234/courses/{ACC}/gradebookItems/1bb40079-3827-442e-bf46-c18bcd069c9b/grade"
    body = b"<grade><points>4.5</points><letterGrade>B</letterGrade></grade>"
    created = campus.call("POST", path, PROFESSOR, content=body, headers={"Content-Type": "application/xml"})
    assert created.status_code == 201, created.text
    assert campus.get(path, PROFESSOR).json()["grade"]["points"] == 4.5


def test_malformed_xml_body_gets_406(campus: Campus) -> None:
    path = f"/courses/{ACC}/threadeddiscussions/100126516567/topics/7205763/responses"
    response = campus.call("POST", path, content=b"<response><title>", headers={"Content-Type": "application/xml"})
    assert response.status_code == 406


def test_xml_entities_are_refused(campus: Campus) -> None:
    bomb = b'<!DOCTYPE r [<!ENTITY a "aaaa">]><response><title>&a;</title></response>'
    path = f"/courses/{ACC}/threadeddiscussions/100126516567/topics/7205763/responses"
    assert campus.call("POST", path, content=bomb, headers={"Content-Type": "application/xml"}).status_code == 406


def test_temp_file_upload_then_share_it(campus: Campus) -> None:
    location = upload(campus)
    path = f"/courses/{ACC}/docSharingCategories/{ACC}/docSharingDocuments"
    shared = campus.call(
        "POST",
        path,
        json={
            "docSharingDocuments": [
                {"fileDescription": "Essay", "content": {"links": [{"href": location, "rel": "related"}]}}
            ]
        },
    )
    assert shared.status_code == 201, shared.text
    content = campus.client.get(shared.headers["Location"], headers=campus.auth())
    assert content.content == b"PK\x03\x04 essay"


def test_sharing_a_link_that_names_no_temp_file_gets_404(campus: Campus) -> None:
    path = f"/courses/{ACC}/docSharingCategories/{ACC}/docSharingDocuments"
    for href in ("https://example.com/x", "https://api.learningstudio.com/tempfiles/999999"):
        body = {"docSharingDocuments": [{"content": {"links": [{"href": href, "rel": "related"}]}}]}
        assert campus.call("POST", path, json=body).status_code == 404


def test_upload_that_is_not_multipart_gets_406(campus: Campus) -> None:
    response = campus.call(
        "POST", "/tempfiles", content=b"plain", headers={"Content-Type": "multipart/form-data; boundary=x"}
    )
    assert response.status_code == 406


def test_submission_to_a_closed_basket_gets_403(campus: Campus) -> None:
    location = upload(campus)
    body = {"messages": [{"comments": "Late", "attachments": [{"content": {"links": [{"href": location}]}}]}]}
    assert campus.call("POST", f"/courses/{ACC}/dropboxBaskets/3610000/messages", json=body).status_code == 403
    created = campus.call("POST", f"/courses/{ACC}/dropboxBaskets/3610001/messages", json=body)
    assert created.status_code == 201
    attachment = created.json()["messages"][0]["attachments"][0]
    assert campus.client.get(attachment["contentUrl"], headers=campus.auth()).content == b"PK\x03\x04 essay"


def test_avatar_round_trip(campus: Campus) -> None:
    path = "/social/v1/avatar/sandbox_kjohnson"
    assert campus.get(path, "kjohnson").status_code == 404
    assert campus.call("PUT", path, "kjohnson", files={"image": ("me.png", PNG, "image/png")}).status_code == 404
    assert campus.call("POST", path, "kjohnson", files={"image": ("me.png", PNG, "image/png")}).status_code == 201
    image = campus.get(f"{path}/thumbnail", STUDENT)
    assert image.headers["content-type"] == "image/png" and image.content == PNG
    assert campus.call("DELETE", path, "kjohnson").status_code == 204


def test_avatar_that_is_not_an_image_gets_406(campus: Campus) -> None:
    response = campus.call(
        "POST", "/social/v1/avatar/sandbox_manderson", files={"image": ("x.txt", b"hello", "text/plain")}
    )
    assert response.status_code == 406


def test_uploading_someone_elses_avatar_gets_403(campus: Campus) -> None:
    response = campus.call("POST", "/social/v1/avatar/sandbox_kjohnson", files={"image": ("me.png", PNG, "image/png")})
    assert response.status_code == 403
