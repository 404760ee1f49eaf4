"""The FastAPI application: questions, search, comparison, documents and maintenance.

Thin: every route calls the assistant (or, for maintenance, the index builder) and shapes
its result. Writes need the maintainer token from NOTICES_API_TOKEN (`Authorization: Bearer
…`); without the variable they are refused. CORS is closed (no cross-origin headers).

    app = create_app(Assistant.open())
    uvicorn.run(app, host="127.0.0.1", port=8000)
"""
from __future__ import annotations

import hmac
import json
import os
import re
import tempfile
import threading
from pathlib import Path

from fastapi import Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse

from assistant.models import Filters, Turn
from assistant.service import Assistant, LedgerQuery, LedgerQueryError, QuestionRejected
from corpus import SUPPORTED_SUFFIXES
from ui.api.schemas import (MAX_AGENCIES, MAX_LEDGER_FILTER_CHARS, MAX_UPLOAD_BYTES, AskIn,
                            CompareIn, FiltersIn, LedgerFormat, LedgerItemOut, LedgerStatus,
                            LedgerSummaryOut, SearchIn)

TOKEN_VARIABLE = "NOTICES_API_TOKEN"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_UNSAFE_NAME = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


def create_app(assistant: Assistant) -> FastAPI:
    app = FastAPI(title="notices 通报问答服务", version="0.1.0",
                  description="带出处的政府通报问答: 问答、检索、各单位比较、文件管理。")
    writes = threading.Lock()  # one maintenance request at a time within this process

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": _chinese_errors(exc)})

    @app.exception_handler(QuestionRejected)
    async def rejected(_: Request, exc: QuestionRejected) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": str(exc)})

    @app.post("/ask", summary="提问, 返回带出处的回答")
    def ask(body: AskIn) -> dict:
        return assistant.ask(body.question, _history(body), _filters(body.filters),
                             body.mode).to_json()

    @app.post("/ask/stream", summary="提问 (服务器推送事件, 边写边发)")
    def ask_stream(body: AskIn) -> StreamingResponse:
        events = assistant.ask_stream(body.question, _history(body), _filters(body.filters),
                                      body.mode)

        def sse():
            for event in events:
                yield f"event: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"

        return StreamingResponse(sse(), media_type="text/event-stream")

    @app.post("/search", summary="检索相关段落")
    def search(body: SearchIn) -> dict:
        hits = assistant.search(body.question, k=body.k, mode=body.mode, agency=body.agency)
        note = assistant.dense_note(body.mode)  # passages searched by words only
        return {"question": body.question, "hits": [h.to_json() for h in hits]} | \
            ({"note": note} if note else {})

    @app.post("/compare", summary="各单位措施对比 (JSON, CSV 或 Word)")
    def compare(body: CompareIn) -> Response:
        from assistant.export import comparison_csv, comparison_docx

        comparison = assistant.compare(body.question, body.agencies, body.mode)
        if body.format == "csv":
            return Response(comparison_csv(comparison), media_type="text/csv; charset=utf-8",
                            headers=_attachment("compare.csv"))
        if body.format == "docx":
            return Response(
                comparison_docx(comparison), headers=_attachment("compare.docx"),
                media_type="application/vnd.openxmlformats-officedocument."
                           "wordprocessingml.document")
        return JSONResponse(comparison.to_json())

    @app.exception_handler(LedgerQueryError)
    async def bad_ledger_query(_: Request, exc: LedgerQueryError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": f"请求无效: {exc}"})

    def ledger_query(
        agency: list[str] = Query(default=[], max_length=MAX_AGENCIES,
                                  description="单位, 如 济南 (可重复)"),
        doc_id: list[str] = Query(default=[], max_length=1000, description="文档编号 (可重复)"),
        status: list[LedgerStatus] = Query(default=[], description="状态 (可重复)"),
        lead: str | None = Query(default=None, max_length=MAX_LEDGER_FILTER_CHARS,
                                 description="牵头/责任单位包含的文字"),
        due_before: str | None = Query(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                                       description="完成时限在该日期或之前 (年-月-日)"),
        section: str | None = Query(default=None, max_length=MAX_LEDGER_FILTER_CHARS,
                                    description="所在章节标题包含的文字"),
        text: str | None = Query(default=None, max_length=MAX_LEDGER_FILTER_CHARS,
                                 description="问题或整改措施包含的文字"),
    ) -> LedgerQuery:
        return LedgerQuery(tuple(agency), tuple(doc_id), tuple(status), lead or None,
                           due_before, section or None, text or None)

    @app.get("/ledger", summary="整改台账条目 (JSON, 或 CSV、Excel、Word 文件)",
             response_model=list[LedgerItemOut],
             responses={200: {"content": {"text/csv": {}, _XLSX: {}, _DOCX: {}},
                              "description": "format=json: 条目数组; 其他格式: 文件下载"}})
    def ledger(query: LedgerQuery = Depends(ledger_query),
               format: LedgerFormat = Query(default="json", description="json、csv、xlsx 或 docx")
               ) -> Response:
        from assistant import ledger_export

        items = assistant.ledger(query)
        if format == "json":
            return JSONResponse([item.to_dict() for item in items])
        summary = assistant.ledger_summary(query)
        if format == "csv":
            return Response(ledger_export.items_to_csv(items, summary),
                            media_type="text/csv; charset=utf-8",
                            headers=_attachment("ledger.csv"))
        if format == "xlsx":
            return Response(ledger_export.items_to_xlsx(items, summary), media_type=_XLSX,
                            headers=_attachment("ledger.xlsx"))
        return Response(ledger_export.items_to_docx(items, summary), media_type=_DOCX,
                        headers=_attachment("ledger.docx"))

    @app.get("/ledger/summary", summary="整改台账汇总: 每份通报各状态条目数与自述总数的核对",
             response_model=list[LedgerSummaryOut])
    def ledger_summary(query: LedgerQuery = Depends(ledger_query)) -> JSONResponse:
        return JSONResponse(assistant.ledger_summary(query))

    @app.get("/documents", summary="已收录的文件")
    def documents() -> dict:
        return {"documents": assistant.documents()}

    @app.get("/documents/{doc_id}", summary="一份文件: 元数据、标题结构和全文")
    def document(doc_id: str) -> dict:
        notice = assistant.document(doc_id)
        if notice is None:
            raise HTTPException(404, f"没有文档编号为 {doc_id} 的文件。")
        return {"doc_id": notice.doc_id, "source": notice.source, **notice.meta.__dict__,
                "headings": [h.__dict__ for h in notice.headings],
                "passages": len(notice.passages), "text": notice.text}

    @app.get("/health", summary="服务与索引状态")
    def health() -> dict:
        return assistant.health()

    @app.post("/index/documents", summary="上传并收录一份文件 (需维护令牌)",
              dependencies=[Depends(_maintainer)])
    def upload(file: UploadFile = File(...)) -> JSONResponse:
        name = _safe_file_name(file.filename or "")
        with tempfile.TemporaryDirectory(prefix="notices-upload-") as folder:
            path = Path(folder) / name
            _save_bounded(file, path)
            with writes:
                report = assistant.update(add=[path])
        outcome = report.outcomes[0] if report.outcomes else None
        status = 422 if outcome is None or outcome.status == "rejected" else 200
        return JSONResponse(status_code=status, content=_report_json(report))

    @app.delete("/index/documents/{doc_id}", summary="删除一份文件 (需维护令牌)",
                dependencies=[Depends(_maintainer)])
    def delete(doc_id: str) -> JSONResponse:
        with writes:
            report = assistant.update(remove=[doc_id])
        removed = any(o.status == "removed" for o in report.outcomes)
        return JSONResponse(status_code=200 if removed else 404, content=_report_json(report))

    return app


def _maintainer(authorization: str | None = Header(default=None)) -> None:
    expected = os.environ.get(TOKEN_VARIABLE, "")
    if not expected:
        raise HTTPException(403, f"服务未设置维护令牌 ({TOKEN_VARIABLE}), 写操作已禁用。")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "维护令牌缺失或不正确。", headers={"WWW-Authenticate": "Bearer"})


def _safe_file_name(raw: str) -> str:
    """The base name only, never a path: the stem becomes the document id."""
    name = re.split(r"[/\\]", raw)[-1].strip()
    stem, suffix = Path(name).stem, Path(name).suffix.lower()
    if not stem or stem.startswith(".") or _UNSAFE_NAME.search(stem) or len(name) > 200:
        raise HTTPException(422, f"文件名无效: {raw!r}。")
    if suffix not in SUPPORTED_SUFFIXES:
        raise HTTPException(415, f"不支持的文件格式 {suffix or '(无扩展名)'}, "
                                 f"支持: {' '.join(sorted(SUPPORTED_SUFFIXES))}。")
    return stem + suffix


def _save_bounded(upload: UploadFile, path: Path) -> None:
    size = 0
    with path.open("wb") as out:
        while chunk := upload.file.read(1 << 20):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise HTTPException(413, f"文件过大, 上限为 {MAX_UPLOAD_BYTES // (1 << 20)} MB。")
            out.write(chunk)


def _report_json(report) -> dict:
    return {"published": report.published, "generation": report.generation,
            "passages": report.passage_count,
            "outcomes": [o.__dict__ for o in report.outcomes]}


def _history(body: AskIn) -> list[Turn]:
    return [Turn(t.role, t.content) for t in body.history]


def _filters(f: FiltersIn | None) -> Filters | None:
    if f is None:
        return None
    return Filters(tuple(f.agencies), tuple(f.doc_ids), tuple(f.doc_types), f.date_from, f.date_to)


def _attachment(name: str) -> dict:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


def _chinese_errors(exc: RequestValidationError) -> str:
    """Pydantic's errors as one Chinese sentence naming each field and its limit."""
    parts = []
    for error in exc.errors():
        field = ".".join(str(x) for x in error.get("loc", ()) if x not in ("body", "query")) \
            or "请求"
        kind, ctx = error.get("type", ""), error.get("ctx") or {}
        if kind in ("string_too_long", "too_long"):
            parts.append(f"{field} 过长 (上限 {ctx.get('max_length')})")
        elif kind in ("string_too_short", "too_short", "missing"):
            parts.append(f"{field} 不能为空")
        elif kind in ("less_than_equal", "greater_than_equal"):
            parts.append(f"{field} 超出范围 ({ctx.get('le', ctx.get('ge'))})")
        elif kind == "string_pattern_mismatch":
            parts.append(f"{field} 格式无效 (应为 年-月-日, 如 2021-12-31)")
        elif kind in ("literal_error", "enum"):
            expected = str(ctx.get("expected")).replace(" or ", ", ")
            parts.append(f"{field} 取值无效, 可选: {expected}")
        elif kind == "json_invalid":
            parts.append("请求体不是有效的 JSON")
        else:
            parts.append(f"{field} 无效")
    return "请求无效: " + "; ".join(parts) + "。"
